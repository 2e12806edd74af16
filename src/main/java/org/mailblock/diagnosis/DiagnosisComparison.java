package org.mailblock.diagnosis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares a diagnosis with the diagnosis of changed facts: what a reader would act on differently.
 * The weights are those of ranking questions: leading cause or readiness of a waiting step, then a
 * step's status, then a confidence.
 */
public final class DiagnosisComparison {

    private DiagnosisComparison() {
    }

    /** What changes from {@code before} to {@code after}. */
    public static Comparison compare(Diagnosis before, Diagnosis after) {
        List<Change> changes = new ArrayList<>();
        String leadBefore = before.leadingCause().map(RootCause::id).orElse(null);
        String leadAfter = after.leadingCause().map(RootCause::id).orElse(null);
        if (!Objects.equals(leadBefore, leadAfter)) {
            changes.add(new Change(Change.Kind.LEADING_CAUSE, leadAfter != null ? leadAfter : leadBefore, 0, leadBefore, leadAfter, List.of()));
        }
        Map<String, Action> was = byId(before.actions());
        Map<String, Action> now = byId(after.actions());
        List<Change> steps = new ArrayList<>();
        List<Change> stillWaiting = new ArrayList<>();
        for (Action a : after.actions()) {
            Action old = was.get(a.id());
            Status from = old == null ? null : old.status();
            if (from == a.status()) {
                if (a.status() == Status.WAITING) {
                    stillWaiting.add(new Change(Change.Kind.STILL_WAITING, a.id(), a.step(), a.status().id(), a.status().id(), a.waitingFor()));
                }
                continue;
            }
            boolean readiness = from == Status.WAITING || (old != null && a.status() == Status.WAITING);
            Change.Kind kind = readiness ? Change.Kind.READINESS : Change.Kind.STEP_STATUS;
            Change c = new Change(kind, a.id(), a.step(), from == null ? null : from.id(), a.status().id(),
                    a.status() == Status.WAITING ? a.waitingFor() : List.of());
            (readiness ? changes : steps).add(c);
        }
        for (Action old : before.actions()) {
            if (!now.containsKey(old.id())) {
                steps.add(new Change(Change.Kind.STEP_STATUS, old.id(), old.step(), old.status().id(), null, List.of()));
            }
        }
        changes.addAll(steps);
        Optional<Action> nextBefore = before.nextAction();
        Optional<Action> nextAfter = after.nextAction();
        String idBefore = nextBefore.map(Action::id).orElse(null);
        String idAfter = nextAfter.map(Action::id).orElse(null);
        if (!Objects.equals(idBefore, idAfter)) {
            changes.add(new Change(Change.Kind.NEXT_STEP, idAfter != null ? idAfter : idBefore,
                    nextAfter.map(Action::step).orElse(0), idBefore, idAfter, List.of()));
        }
        Map<String, RootCause> causesBefore = new LinkedHashMap<>();
        before.rootCauses().forEach(c -> causesBefore.put(c.id(), c));
        Map<String, RootCause> causesAfter = new LinkedHashMap<>();
        after.rootCauses().forEach(c -> causesAfter.put(c.id(), c));
        for (RootCause c : after.rootCauses()) {
            RootCause old = causesBefore.get(c.id());
            if (old == null || old.confidence() != c.confidence()) {
                changes.add(new Change(Change.Kind.CONFIDENCE, c.id(), 0, old == null ? null : old.confidence().id(), c.confidence().id(), List.of()));
            }
        }
        for (RootCause old : before.rootCauses()) {
            if (!causesAfter.containsKey(old.id())) {
                changes.add(new Change(Change.Kind.CONFIDENCE, old.id(), 0, old.confidence().id(), null, List.of()));
            }
        }
        Impact impact = changes.stream().map(c -> c.kind().impact()).reduce(Impact.NONE, Impact::strongest);
        changes.addAll(stillWaiting);
        return new Comparison(impact, changes);
    }

    private static Map<String, Action> byId(List<Action> actions) {
        Map<String, Action> out = new LinkedHashMap<>();
        actions.forEach(a -> out.put(a.id(), a));
        return out;
    }
}
