package org.mailblock.expect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.TreeSet;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Action;
import org.mailblock.diagnosis.Command;
import org.mailblock.diagnosis.Evidence;
import org.mailblock.diagnosis.Question;
import org.mailblock.diagnosis.RootCause;

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
        pinned(expected, actual, out);
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

    /** The evidence of causes, the targets of actions and questions, and the commands of actions the sample pins. */
    private static void pinned(Expectation expected, Diagnosis actual, List<String> out) {
        if (expected.evidence() != null) {
            expected.evidence().forEach((id, paths) -> {
                RootCause cause = actual.rootCauses().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
                if (cause == null) {
                    out.add("evidence of " + id + ": no such cause in the diagnosis");
                    return;
                }
                TreeSet<String> want = new TreeSet<>(paths);
                TreeSet<String> got = new TreeSet<>(cause.evidence().stream().map(Evidence::fact).toList());
                if (!want.equals(got)) {
                    out.add("evidence of " + id + " differs" + diff(List.copyOf(want), List.copyOf(got)));
                }
            });
        }
        if (expected.targets() != null) {
            expected.targets().forEach((id, want) -> {
                List<String> got = actual.actions().stream().filter(a -> a.id().equals(id)).findFirst().map(Action::targets)
                        .or(() -> actual.questions().stream().filter(q -> q.id().equals(id)).findFirst().map(Question::about))
                        .orElse(null);
                if (got == null) {
                    out.add("targets of " + id + ": no such action or question in the diagnosis");
                } else if (!want.equals(got)) {
                    out.add("targets of " + id + " differ" + diff(want, got));
                }
            });
        }
        if (expected.commands() != null) {
            expected.commands().forEach((id, texts) -> {
                Action action = actual.actions().stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
                if (action == null) {
                    out.add("commands of " + id + ": no such action in the diagnosis");
                    return;
                }
                for (String text : texts) {
                    if (action.commands().stream().noneMatch(c -> c.run().contains(text))) {
                        out.add("commands of " + id + ": none contains " + text + "\n    actual:   "
                                + String.join("\n              ", action.commands().stream().map(Command::run).toList()));
                    }
                }
            });
        }
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
