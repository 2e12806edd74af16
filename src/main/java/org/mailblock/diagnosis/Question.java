package org.mailblock.diagnosis;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fact worth collecting because it would change the conclusion.
 *
 * @param id      the question's stable identifier, for example {@code admin-mfa}
 * @param ask     what to find out
 * @param how     how to collect it: which cmdlet, report or portal page
 * @param matters the root causes the answer would confirm or rule out
 * @param about   the entries of the fact file the question is about, when it concerns some of them
 * @param rules   the identifiers of the rules that raised it
 * @param values  the values the rules gave its texts' {@code {placeholders}}, by name, for example the dates to search
 */
public record Question(String id, String ask, String how, List<String> matters, List<String> about, List<String> rules,
                       Map<String, String> values) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    public Question {
        matters = List.copyOf(matters);
        about = List.copyOf(about);
        rules = List.copyOf(rules);
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** A question whose texts take no values. */
    public Question(String id, String ask, String how, List<String> matters, List<String> about, List<String> rules) {
        this(id, ask, how, matters, about, rules, Map.of());
    }

    /** The text, in any language, with this question's values in its placeholders; a placeholder without a value stays. */
    public String fill(String text) {
        if (text == null || values.isEmpty()) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        return m.appendTail(out).toString();
    }
}
