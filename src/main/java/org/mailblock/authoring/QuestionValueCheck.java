package org.mailblock.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mailblock.engine.rulebase.Catalogue;
import org.mailblock.engine.RuleProblem;
import org.mailblock.engine.inspect.Workbench;

/**
 * Lints the values rules give questions: every {@code ask(kcontext, "id")} passes, with
 * {@code .with("name", value)}, exactly the {@code {placeholders}} of that question's texts in the
 * catalogue, so that no reader ever sees a placeholder unfilled. Read from the DRL source; a
 * translation's placeholders are checked against English by {@link BundleCheck}.
 */
final class QuestionValueCheck {

    private static final Pattern ASK = Pattern.compile("\\bask\\s*\\(\\s*kcontext\\s*,\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern WITH = Pattern.compile("\\.with\\s*\\(\\s*\"([a-zA-Z]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private QuestionValueCheck() {
    }

    static List<RuleProblem> run(Workbench workbench) {
        List<RuleProblem> out = new ArrayList<>();
        if (workbench.catalogue().isEmpty()) {
            return out;
        }
        Map<String, Catalogue.QuestionEntry> questions = workbench.catalogue().get().questions().stream()
                .collect(Collectors.toMap(Catalogue.QuestionEntry::id, q -> q));
        workbench.drlSources().forEach((file, drl) -> {
            Matcher m = ASK.matcher(drl);
            while (m.find()) {
                Catalogue.QuestionEntry q = questions.get(m.group(1));
                if (q == null) {
                    continue; // the catalogue lint names an unknown question
                }
                Set<String> expected = placeholders(q.ask() + " " + q.how());
                int end = drl.indexOf(';', m.end());
                Set<String> passed = new TreeSet<>();
                Matcher w = WITH.matcher(drl.substring(m.end(), end < 0 ? drl.length() : end));
                while (w.find()) {
                    passed.add(w.group(1));
                }
                if (!expected.equals(passed)) {
                    int line = 1 + (int) drl.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                    int column = m.start() - drl.lastIndexOf('\n', m.start() - 1);
                    out.add(new RuleProblem(file, line, column, "error", "question '" + q.id() + "' is asked with " + list(passed)
                            + " but its texts in the catalogue use " + list(expected)
                            + "; pass each placeholder's value with .with(\"name\", value)"));
                }
            }
        });
        return out;
    }

    static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String list(Set<String> names) {
        return names.isEmpty() ? "no values" : names.stream().map(n -> "{" + n + "}").collect(Collectors.joining(", "));
    }
}
