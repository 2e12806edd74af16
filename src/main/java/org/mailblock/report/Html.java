package org.mailblock.report;

/** Escapes text for HTML and SVG content and attributes; every page mailblock serves or writes uses it. */
public final class Html {

    private Html() {
    }

    /** The text with {@code & < > " '} escaped, for content and attribute values alike; null gives the empty text. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
