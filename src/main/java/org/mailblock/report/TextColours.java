package org.mailblock.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailblock.diagnosis.Confidence;
import org.mailblock.diagnosis.Status;
import org.mailblock.i18n.Messages;

/**
 * Colours a finished text report for a terminal: the title and section headings bold, each step's
 * status and each cause's confidence in its colour. Only the labels the report itself writes at the
 * start of a line are coloured, never text taken from the facts, so colour cannot change the words.
 */
final class TextColours {

    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String RED = "\u001B[1;31m";
    private static final String YELLOW = "\u001B[33m";
    private static final String GREEN = "\u001B[32m";
    private static final String CYAN = "\u001B[36m";
    private static final String DIM = "\u001B[2m";
    /** A numbered line of the causes or the plan: {@code " 1. [required] "}. */
    private static final Pattern NUMBERED = Pattern.compile("^( ?\\d+\\. )(\\[[^\\]]+\\])");

    private TextColours() {
    }

    static String paint(String text, Messages m) {
        Map<String, String> badges = new LinkedHashMap<>();
        badges.put("[" + m.text("status." + Status.REQUIRED.id()) + "]", RED);
        badges.put("[" + m.text("status." + Status.VERIFY.id()) + "]", YELLOW);
        badges.put("[" + m.text("status." + Status.DONE.id()) + "]", GREEN);
        for (Status s : Status.values()) {
            badges.putIfAbsent("[" + m.text("status." + s.id()) + "]", CYAN);
        }
        badges.put("[" + m.text("confidence." + Confidence.CONFIRMED.id()) + "]", RED);
        badges.put("[" + m.text("confidence." + Confidence.LIKELY.id()) + "]", YELLOW);
        for (Confidence c : Confidence.values()) {
            badges.putIfAbsent("[" + m.text("confidence." + c.id()) + "]", DIM);
        }
        java.util.Set<String> headings = java.util.Set.of(m.text("text.causes"), m.text("text.plan"), m.text("text.questions"),
                m.text("text.trace"));
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            // a heading wrapped on a narrow terminal is bold from its first line on
            boolean heading = headings.contains(line)
                    || i > 0 && lines[i - 1].isEmpty() && headings.stream().anyMatch(h -> h.startsWith(line + " "));
            if (i == 0 || heading) {
                lines[i] = BOLD + line + RESET;
                continue;
            }
            Matcher n = NUMBERED.matcher(line);
            String colour = n.find() ? badges.get(n.group(2)) : null;
            if (colour != null) {
                lines[i] = n.group(1) + colour + n.group(2) + RESET + line.substring(n.end());
            }
        }
        return String.join("\n", lines);
    }
}
