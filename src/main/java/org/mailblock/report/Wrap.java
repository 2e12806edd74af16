package org.mailblock.report;

import java.util.ArrayList;
import java.util.List;

/** Word-wraps text for a terminal of a given width. */
final class Wrap {

    private Wrap() {
    }

    /** The text as lines of at most {@code width} characters, each starting with {@code indent}; long words stay whole. */
    static List<String> lines(String text, int width, String indent) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean fresh = line.length() == indent.length();
            if (!fresh && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line = new StringBuilder(indent);
                fresh = true;
            }
            if (!fresh) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > indent.length() || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    /** Like {@link #lines}, with a different prefix for the first line (for example a number). */
    static List<String> hanging(String first, String text, int width, String indent) {
        List<String> lines = lines(text, width - (first.length() - indent.length()), indent);
        List<String> out = new ArrayList<>(lines.size());
        out.add(first + lines.get(0).substring(indent.length()));
        for (int i = 1; i < lines.size(); i++) {
            out.add(lines.get(i));
        }
        return out;
    }
}
