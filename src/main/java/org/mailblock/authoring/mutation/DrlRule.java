package org.mailblock.authoring.mutation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule as written in a DRL file: its text from {@code rule} to {@code end}, and where its
 * conditions ({@code when}) and its consequence ({@code then}) lie in that text.
 *
 * @param name      the rule's name
 * @param id        its {@code @id}, or its name when it has none
 * @param firstLine the line of {@code rule} in the file
 * @param mask      the rule's text, masked
 * @param lhsStart  offset just after {@code when}
 * @param lhsEnd    offset of {@code then}
 * @param rhsEnd    offset of {@code end}
 */
record DrlRule(String name, String id, int firstLine, CodeMask mask, int lhsStart, int lhsEnd, int rhsEnd) {

    private static final Pattern RULE = Pattern.compile("^rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern ID = Pattern.compile("@id\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern WHEN = Pattern.compile("(?m)^\\s*when\\s*$");
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\s*$");

    /** The rules of a DRL file, in order; rules written in ways this reader does not follow are left out. */
    static List<DrlRule> read(String drl) {
        List<DrlRule> rules = new ArrayList<>();
        String[] lines = drl.split("\n", -1);
        int offset = 0;
        int start = -1;
        int startLine = 0;
        String name = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher m = RULE.matcher(line.strip());
            if (start < 0 && m.find()) {
                start = offset;
                startLine = i + 1;
                name = m.group(1).replace("\\\"", "\"");
            } else if (start >= 0 && line.strip().equals("end")) {
                String text = drl.substring(start, offset + line.length());
                of(name, startLine, text).ifPresent(rules::add);
                start = -1;
            }
            offset += line.length() + 1;
        }
        return rules;
    }

    private static java.util.Optional<DrlRule> of(String name, int firstLine, String text) {
        CodeMask mask = new CodeMask(text);
        Matcher when = WHEN.matcher(mask.masked());
        Matcher then = THEN.matcher(mask.masked());
        if (!when.find() || !then.find(when.end())) {
            return java.util.Optional.empty();
        }
        Matcher id = ID.matcher(text.substring(0, when.start()));
        int end = mask.masked().lastIndexOf("end");
        return java.util.Optional.of(new DrlRule(name, id.find() ? id.group(1) : name, firstLine, mask,
                when.end(), then.start(), end));
    }

    /** The rule's text. */
    String text() {
        return mask.text();
    }

    /** The line in the file of an offset in the rule's text. */
    int lineOf(int offset) {
        return firstLine + mask.lineOf(offset) - 1;
    }
}
