package org.mailblock.report;

import org.mailblock.facts.VisibleText;

/** Escapes text for GitHub-flavoured Markdown, including inside table cells. */
final class Markdown {

    private Markdown() {
    }

    /** Plain text: characters that would start emphasis, code, links or HTML, and table pipes, are escaped; lines are joined. */
    static String text(String text) {
        String s = VisibleText.of(flat(text));
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A code span for a table cell: the backtick fence grows past any backticks inside, and pipes are escaped as tables need. */
    static String code(String s) {
        String flat = VisibleText.of(flat(s)).replace("|", "\\|");
        // one backtick more than the longest run inside, found in one pass so that a long value costs linear time
        int longest = 0;
        for (int i = 0, run = 0; i < flat.length(); i++) {
            run = flat.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = flat.startsWith("`") || flat.endsWith("`");
        return fence + (pad ? " " + flat + " " : flat) + fence;
    }

    /** The text on one line: each line break becomes a space; other invisible characters are left for {@link VisibleText}. */
    private static String flat(String s) {
        return s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    }
}
