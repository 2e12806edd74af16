package org.mailblock.facts;

/**
 * Text from a fact file made safe to show inside a one-line message: every character that would
 * break the line, stay invisible or drive a terminal (control characters, line and paragraph
 * separators, format characters such as a byte order mark or a direction override, lone
 * surrogates) is written as an escape such as {@code \u001B}; tab, carriage return and line feed
 * as {@code \t}, {@code \r} and {@code \n}. Everything else, accents and emoji included, is kept.
 */
public final class VisibleText {

    private VisibleText() {
    }

    /**
     * The text with its invisible characters escaped.
     *
     * @param text any text, or {@code null}
     * @return the text as it can be shown, or {@code null} for {@code null}
     */
    public static String of(String text) {
        if (text == null || text.codePoints().noneMatch(VisibleText::needsEscape)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                default -> {
                    if (needsEscape(c)) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /**
     * Whether a character would break the line, stay invisible or drive a terminal, and so is
     * written as an escape.
     *
     * @param codePoint any Unicode code point
     * @return {@code true} for control, format, line and paragraph separator and surrogate characters
     */
    public static boolean needsEscape(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }
}
