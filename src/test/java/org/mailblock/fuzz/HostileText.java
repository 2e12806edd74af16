package org.mailblock.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random text as an attacker would put it into a fact file to reach whoever reads the report:
 * terminal escape sequences, bare control characters, line and paragraph separators, direction
 * overrides and other invisible characters, HTML and Markdown markup, a line break followed by
 * a fake line, mixed with ordinary words, accents and emoji. Every string holds at least one
 * hostile piece.
 */
public final class HostileText {

    /** What a fake line starts with; a report for people must never begin a line with it. */
    public static final String FAKE_LINE = "FAKE-LINE";

    private static final List<String> HOSTILE = List.of(
            "\u001B]0;owned\u0007", "\u001B[2J", "\u001B[31m", "\u009B31m", "\u0007", "\u0008\u0008", "\u007F", "\u0000",
            "\r", "\t", "\u000B", "\u000C", "\u0085", "\u2028", "\u2029",
            "\u202E", "\u202D", "\u2066", "\u2067", "\u2069", "\u200E", "\u200F", "\u061C", "\uFEFF", "\u200B",
            "\n" + FAKE_LINE + " mailblock diagnosis of evil", "\r\n" + FAKE_LINE, "\u2028" + FAKE_LINE, "\u0085" + FAKE_LINE,
            "\n# " + FAKE_LINE, "\n```\n" + FAKE_LINE, "\n---\n" + FAKE_LINE, "\n| " + FAKE_LINE + " | x |",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "'><b>x</b>",
            "</code></pre><iframe src=javascript:alert(1)>", "<!--", "-->", "]]>", "&lt;script&gt;", "&#60;b&#62;",
            "[click](javascript:alert(1))", "![x](http://evil.example/x.png)", "<http://evil.example>", "`", "```", "|", "||",
            "*", "**", "_", "__", "~~", "\\", "\\|", "#", "{{t.report.title}}", "{{{x}}}", "${jndi:ldap://x}", "%s%n",
            "' ; Remove-Mailbox -Identity * ; '", "\u2019; Start-Process calc; \u2019");

    private static final List<String> ORDINARY = List.of("alpha", "Müller", "Zoë", "東京", "😀", "x@y.example", "EX01",
            "Partner relay", "198.51.100.7", " ", "-", "contoso", "42");

    private HostileText() {
    }

    /** A string of one to six pieces, at least one of them hostile. */
    public static String draw(SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        int pieces = 1 + random.nextInt(6);
        int hostile = random.nextInt(pieces);
        for (int i = 0; i < pieces; i++) {
            List<String> from = i == hostile || random.nextBoolean() ? HOSTILE : ORDINARY;
            out.append(from.get(random.nextInt(from.size())));
        }
        return out.toString();
    }

    /** The text as a YAML double-quoted scalar, every character that YAML or a terminal would not keep written as an escape. */
    public static String yamlQuoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.getType(c) == Character.FORMAT
                    || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }
}
