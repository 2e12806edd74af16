package org.mailblock.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * Bytes inserted into or written over a fact file: invalid UTF-8, byte order marks, NUL and
 * control characters, YAML punctuation, tags, directives and document markers.
 *
 * @param label what the bytes are, for the report of a failing case
 * @param bytes the bytes
 */
public record Garbage(String label, byte[] bytes) {

    /** The named garbage the fuzzer draws from, besides random bytes. */
    public static final List<Garbage> NAMED = List.of(
            bytes("NUL", 0x00),
            bytes("byte 0xFF", 0xFF),
            bytes("lone UTF-8 lead byte", 0xC3),
            bytes("lone continuation byte", 0x80),
            bytes("overlong slash", 0xC0, 0xAF),
            bytes("encoded surrogate", 0xED, 0xA0, 0x80),
            bytes("beyond U+10FFFF", 0xF4, 0x90, 0x80, 0x80),
            bytes("truncated four-byte character", 0xF0, 0x9F, 0x98),
            bytes("UTF-8 byte order mark", 0xEF, 0xBB, 0xBF),
            bytes("UTF-16 big-endian byte order mark", 0xFE, 0xFF),
            bytes("UTF-16 little-endian byte order mark", 0xFF, 0xFE),
            bytes("UTF-16 text", 0xFF, 0xFE, 'm', 0, 'a', 0, 'i', 0, ':', 0),
            bytes("escape", 0x1B),
            bytes("bell", 0x07),
            bytes("delete", 0x7F),
            bytes("C1 control", 0xC2, 0x9B),
            text("next line", "\u0085"),
            text("line separator", "\u2028"),
            text("zero-width no-break space", "\uFEFF"),
            text("tab", "\t"),
            text("carriage return", "\r"),
            text("CRLF", "\r\n"),
            text("blank line", "\n\n"),
            text("colon and space", ": "),
            text("list dash", "- "),
            text("open bracket", "["),
            text("close brace", "}"),
            text("double quote", "\""),
            text("single quote", "'"),
            text("comment sign", " #"),
            text("literal block", "|\n"),
            text("folded block", ">-\n"),
            text("complex key", "? "),
            text("anchor", "&a "),
            text("alias", "*a "),
            text("merge key", "\n<<: *a\n"),
            text("binary tag", "!!binary "),
            text("set tag", "!!set "),
            text("custom tag", "!custom "),
            text("foreign class tag", "!!python/object:os.system "),
            text("document start", "\n---\n"),
            text("document end", "\n...\n"),
            text("YAML directive", "%YAML 1.1\n"),
            text("second document", "\n---\nmailblock: 1\n"),
            text("flow mapping", "{a: 1, b: [2, 3]}"),
            text("unknown field", "\nsurprise: 1\n"),
            text("deep flow nesting", "[".repeat(200)),
            text("backslash escape", "\"\\x\""),
            text("percent", "%"),
            text("at sign", "@"),
            text("backtick", "`"));

    private static Garbage bytes(String label, int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return new Garbage(label, bytes);
    }

    private static Garbage text(String label, String text) {
        return new Garbage(label, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return label + " [" + HexFormat.ofDelimiter(" ").formatHex(bytes) + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Garbage g && g.label.equals(label) && java.util.Arrays.equals(g.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return label.hashCode() * 31 + java.util.Arrays.hashCode(bytes);
    }
}
