package org.mailblock.whatif;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a fact file's own values into the facts a declared answer stands for: {@code {about}} (each
 * entry the question is about), {@code {tenant}} (the tenant's name), {@code {collectedAt}} and
 * {@code {collectedAt-3d}} or {@code {collectedAt-6h}} (times before collection), so that one answer
 * fits every tenant and the same file always gives the same facts.
 */
public final class AnswerFacts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(about|tenant|collectedAt)(?:-(\\d{1,4})([dh]))?}");

    private AnswerFacts() {
    }

    /**
     * The facts a declared answer stands for in one tenant, as a patch named {@code answer QUESTION/ANSWER}.
     *
     * @throws org.mailblock.load.FactFileException when a path of the answer cannot be read
     */
    public static org.mailblock.load.FactPatch patch(String question, org.mailblock.engine.rulebase.Catalogue.AnswerEntry answer,
            List<String> about, String tenant, Instant collectedAt) throws org.mailblock.load.FactFileException {
        return org.mailblock.load.FactPatch.of("answer " + question + "/" + answer.id(), fill(answer.assume(), about, tenant, collectedAt));
    }

    /** The answer's facts for one tenant; with {@code {about}}, once for each entry the question is about, in order. */
    static Map<String, Object> fill(Map<String, Object> assume, List<String> about, String tenant, Instant collectedAt) {
        boolean perEntry = mentionsAbout(assume);
        Map<String, Object> out = new LinkedHashMap<>();
        for (String entry : perEntry ? about : List.of("")) {
            assume.forEach((path, value) -> out.put(text(path, entry, tenant, collectedAt), value(value, entry, tenant, collectedAt)));
        }
        return out;
    }

    private static boolean mentionsAbout(Object value) {
        if (value instanceof String s) {
            return s.contains("{about}");
        }
        if (value instanceof Map<?, ?> m) {
            return m.entrySet().stream().anyMatch(e -> mentionsAbout(e.getKey()) || mentionsAbout(e.getValue()));
        }
        if (value instanceof List<?> l) {
            return l.stream().anyMatch(AnswerFacts::mentionsAbout);
        }
        return false;
    }

    private static Object value(Object value, String about, String tenant, Instant collectedAt) {
        if (value instanceof String s) {
            return text(s, about, tenant, collectedAt);
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(text(String.valueOf(k), about, tenant, collectedAt), value(v, about, tenant, collectedAt)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(value(v, about, tenant, collectedAt)));
            return out;
        }
        return value;
    }

    private static String text(String s, String about, String tenant, Instant collectedAt) {
        Matcher m = PLACEHOLDER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = switch (m.group(1)) {
                case "about" -> about;
                case "tenant" -> tenant;
                default -> {
                    Instant at = collectedAt;
                    if (m.group(2) != null) {
                        long n = Long.parseLong(m.group(2));
                        at = at.minus(m.group(3).equals("d") ? Duration.ofDays(n) : Duration.ofHours(n));
                    }
                    yield at.toString();
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }
}
