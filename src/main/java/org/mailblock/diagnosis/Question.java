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
 * @param answers its typical answers with what each would change, when questions were ranked; else empty
 * @param impact  the strongest change any answer makes, when questions were ranked; else {@code null}
 */
public record Question(String id, String ask, String how, List<String> matters, List<String> about, List<String> rules,
                       Map<String, String> values, List<AnswerEffect> answers, Impact impact) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    public Question {
        matters = List.copyOf(matters);
        about = List.copyOf(about);
        rules = List.copyOf(rules);
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
        answers = List.copyOf(answers);
    }

    /** A question not ranked by its answers. */
    public Question(String id, String ask, String how, List<String> matters, List<String> about, List<String> rules,
                    Map<String, String> values) {
        this(id, ask, how, matters, about, rules, values, List.of(), null);
    }

    /** The same question with other texts, as translation and redaction make it; its answers stay. */
    public Question withTexts(String ask, String how, List<String> about, List<AnswerEffect> answers) {
        return new Question(id, ask, how, matters, about, rules, values, answers, impact);
    }

    /** The same question ranked: its answers and the strongest change among them. */
    public Question ranked(List<AnswerEffect> answers, Impact impact) {
        return new Question(id, ask, how, matters, about, rules, values, answers, impact);
    }

    /** Whether no declared answer would change anything a reader acts on: a question that does not matter here. */
    public boolean neverMatters() {
        return impact == Impact.NONE;
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
