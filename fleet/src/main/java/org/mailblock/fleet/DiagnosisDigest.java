package org.mailblock.fleet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mailblock.diagnosis.Change;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.RootCause;

/**
 * What the changes topic compares of a tenant's diagnoses: the leading cause and each step's status; kept per
 * tenant in a state store.
 *
 * @param collectedAt  the end of the window the diagnosis is of (ISO-8601)
 * @param leadingCause the leading cause's identifier, or {@code null} when no cause was found
 * @param steps        the plan's steps in order
 */
record DiagnosisDigest(String collectedAt, String leadingCause, List<StepStatus> steps) {

    DiagnosisDigest {
        steps = List.copyOf(steps);
    }

    /** The digest of a diagnosis. */
    static DiagnosisDigest of(Diagnosis d) {
        return new DiagnosisDigest(d.collectedAt().toString(), d.leadingCause().map(RootCause::id).orElse(null),
                d.actions().stream().map(a -> new StepStatus(a.id(), a.step(), a.status().id())).toList());
    }

    /**
     * What changed since an earlier diagnosis: the leading cause first, then each step whose status changed,
     * that joined the plan or that left it, in the order of the plan. Against no earlier diagnosis, the leading
     * cause and every step are new.
     *
     * @param before the tenant's previous diagnosis, or {@code null} for its first
     */
    List<Change> changesSince(DiagnosisDigest before) {
        List<Change> changes = new ArrayList<>();
        String leadBefore = before == null ? null : before.leadingCause;
        if (!Objects.equals(leadBefore, leadingCause)) {
            changes.add(new Change(Change.Kind.LEADING_CAUSE, leadingCause != null ? leadingCause : leadBefore, 0,
                    leadBefore, leadingCause, List.of()));
        }
        Map<String, StepStatus> was = byId(before == null ? List.of() : before.steps);
        Map<String, StepStatus> now = byId(steps);
        for (StepStatus s : steps) {
            StepStatus old = was.get(s.id());
            if (old == null || !old.status().equals(s.status())) {
                changes.add(new Change(Change.Kind.STEP_STATUS, s.id(), s.step(), old == null ? null : old.status(), s.status(), List.of()));
            }
        }
        for (StepStatus old : was.values()) {
            if (!now.containsKey(old.id())) {
                changes.add(new Change(Change.Kind.STEP_STATUS, old.id(), old.step(), old.status(), null, List.of()));
            }
        }
        return changes;
    }

    private static Map<String, StepStatus> byId(List<StepStatus> steps) {
        Map<String, StepStatus> out = new LinkedHashMap<>();
        steps.forEach(s -> out.put(s.id(), s));
        return out;
    }
}
