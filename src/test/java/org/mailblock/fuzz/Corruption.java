package org.mailblock.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * A hostile value for a field: empty, huge, exotic Unicode, control characters, impossible
 * dates, enum words that almost match, numbers out of range. Shown by its label when a case fails.
 *
 * @param label what the value is, for the report of a failing case
 * @param node  the value
 */
public record Corruption(String label, JsonNode node) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Every corruption the fuzzer uses. */
    public static final List<Corruption> ALL = List.of(
            text("empty text", ""),
            text("blank text", "   "),
            text("huge text (100,000 characters)", "x".repeat(100_000)),
            text("long line of words", "word ".repeat(5_000)),
            text("emoji and accents", "Zoë 😀 ✉ 日本語"),
            text("right-to-left override", "\u202Eevil\u202C.com"),
            text("combining marks", "a\u0301\u0301\u0301\u0301"),
            text("lone surrogate", "\uD800"),
            text("NUL inside text", "a\u0000b"),
            text("terminal escape", "\u001B[31mred\u001B[0m"),
            text("bell and delete", "\u0007\u007F"),
            text("line breaks", "line\r\nnext\u2028third\u0085fourth"),
            text("tab", "\t"),
            text("February 30th", "2026-02-30T00:00:00Z"),
            text("month 13", "2026-13-01T00:00:00Z"),
            text("hour 25", "2026-11-20T25:61:00Z"),
            text("date without time", "2026-11-20"),
            text("date without zone", "2026-11-20T10:00:00"),
            text("compact date", "20261120"),
            text("date word", "yesterday"),
            text("year zero", "0000-00-00T00:00:00Z"),
            text("far future", "+999999999-12-31T23:59:59Z"),
            text("far past", "-999999999-01-01T00:00:00Z"),
            text("offset beyond range", "2026-11-20T10:00:00+25:00"),
            text("enum word in capitals", "INBOUND"),
            text("enum word with a space", "Inbound "),
            text("unknown enum word", "sideways"),
            text("status code with four parts", "5.7.705.1"),
            text("status code with two parts", "5.7"),
            text("status code with text around", "550 5.7.705"),
            text("number as text", "14"),
            text("hexadecimal as text", "0x1F"),
            text("YAML null word as text", "~"),
            text("boolean word as text", "yes"),
            text("address with brackets", "[2001:db8::1]"),
            text("CIDR out of range", "203.0.113.0/99"),
            text("IPv4 out of range", "256.1.1.1"),
            new Corruption("zero", NODES.numberNode(0)),
            new Corruption("minus one", NODES.numberNode(-1)),
            new Corruption("smallest long", NODES.numberNode(Long.MIN_VALUE)),
            new Corruption("largest long", NODES.numberNode(Long.MAX_VALUE)),
            new Corruption("beyond long", NODES.numberNode(new BigInteger("99999999999999999999999999"))),
            new Corruption("beyond int", NODES.numberNode(3_000_000_000L)),
            new Corruption("tiny fraction", NODES.numberNode(new BigDecimal("1e-400"))),
            new Corruption("huge fraction", NODES.numberNode(new BigDecimal("1e400"))),
            new Corruption("not a number", NODES.numberNode(Double.NaN)),
            new Corruption("infinity", NODES.numberNode(Double.NEGATIVE_INFINITY)),
            new Corruption("binary value", NODES.binaryNode(new byte[] {0, 1, 2, (byte) 0xFF})),
            new Corruption("list of nulls", NODES.arrayNode().addNull().addNull()),
            new Corruption("mapping with an empty key", NODES.objectNode().put("", "x")),
            new Corruption("list of mixed kinds", NODES.arrayNode().add(1).add("two").add(true).addNull()
                    .add(NODES.objectNode().put("k", "v"))));

    private static Corruption text(String label, String value) {
        return new Corruption(label, NODES.textNode(value));
    }

    @Override
    public String toString() {
        return label;
    }
}
