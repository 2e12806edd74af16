package org.mailblock.expect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.TreeSet;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Question;

/**
 * Compares a diagnosis with the outcome a sample file expects: the causes in rank order with
 * their confidences, the plan in order with its statuses, and the questions asked. Parts the
 * sample leaves out are not compared. A focused sample may instead, or as well, name the rules that
 * must fire on it and those that must not (the trace of the diagnosis tells which did).
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
        if (expected.rules() != null) {
            Set<String> fired = new HashSet<>();
            actual.trace().forEach(t -> fired.add(t.rule()));
            List<String> silent = expected.rules().fired().stream().filter(r -> !fired.contains(r)).toList();
            List<String> firing = expected.rules().notFired().stream().filter(fired::contains).toList();
            if (!silent.isEmpty()) {
                out.add("rules expected to fire did not: " + String.join(", ", silent));
            }
            if (!firing.isEmpty()) {
                out.add("rules expected not to fire did: " + String.join(", ", firing));
            }
        }
        return out;
    }

    /**
     * The rule ids an expectation names that are not rules of the rule base, one readable line each;
     * a misspelt id under {@code notFired} would otherwise pass for ever.
     */
    public static List<String> unknownRules(Expectation expected, Set<String> ruleIds) {
        if (expected.rules() == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String id : expected.rules().fired()) {
            if (!ruleIds.contains(id)) {
                out.add("expect.rules.fired names " + id + ", which is not the @id of any rule");
            }
        }
        for (String id : expected.rules().notFired()) {
            if (!ruleIds.contains(id)) {
                out.add("expect.rules.notFired names " + id + ", which is not the @id of any rule");
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
