package org.mailblock.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Question;
import org.mailblock.load.Expectation;

/**
 * Compares a diagnosis with the outcome a sample file expects: the causes in rank order with
 * their confidences, the plan in order with its statuses, and the questions asked. Parts the
 * sample leaves out are not compared.
 */
public final class ExpectationCheck {

    private ExpectationCheck() {
    }

    /** What differs, one readable line each; empty when the diagnosis is as expected. */
    public static List<String> differences(Expectation expected, Diagnosis actual) {
        List<String> out = new ArrayList<>();
        if (expected.causes() != null) {
            List<String> want = expected.causes().stream().map(e -> e.id() + ": " + e.value()).toList();
            List<String> got = actual.rootCauses().stream().map(c -> c.id() + ": " + c.confidence().id()).toList();
            if (!want.equals(got)) {
                out.add("causes differ" + diff(want, got));
            }
        }
        if (expected.actions() != null) {
            List<String> want = expected.actions().stream().map(e -> e.id() + ": " + e.value()).toList();
            List<String> got = actual.actions().stream().map(a -> a.id() + ": " + a.status().id()).toList();
            if (!want.equals(got)) {
                out.add("actions differ" + diff(want, got));
            }
        }
        if (expected.questions() != null) {
            TreeSet<String> want = new TreeSet<>(expected.questions());
            TreeSet<String> got = new TreeSet<>(actual.questions().stream().map(Question::id).toList());
            if (!want.equals(got)) {
                out.add("questions differ" + diff(List.copyOf(want), List.copyOf(got)));
            }
        }
        return out;
    }

    private static String diff(List<String> want, List<String> got) {
        StringBuilder s = new StringBuilder();
        s.append("\n    expected: ").append(want.isEmpty() ? "(none)" : String.join(", ", want));
        s.append("\n    actual:   ").append(got.isEmpty() ? "(none)" : String.join(", ", got));
        List<String> missing = new ArrayList<>(want);
        missing.removeAll(got);
        List<String> extra = new ArrayList<>(got);
        extra.removeAll(want);
        if (!missing.isEmpty()) {
            s.append("\n    missing:  ").append(String.join(", ", missing));
        }
        if (!extra.isEmpty()) {
            s.append("\n    extra:    ").append(String.join(", ", extra));
        }
        if (missing.isEmpty() && extra.isEmpty()) {
            s.append("\n    (same entries, different order)");
        }
        return s.toString();
    }
}
