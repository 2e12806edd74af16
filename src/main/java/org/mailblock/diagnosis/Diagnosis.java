package org.mailblock.diagnosis;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one diagnosis: what the NDRs show, why, what to do in which order, and what to
 * find out next. A plain immutable value; the same facts and rules always give an equal one.
 *
 * @param tenant      the tenant's name
 * @param collectedAt when the facts were collected
 * @param engine      the engine version and the hash of the rules it ran
 * @param symptoms    the classified NDR codes
 * @param rootCauses  the causes, strongest confidence first, then in catalogue order
 * @param actions     the remediation plan, in order
 * @param questions   facts worth collecting, in catalogue order
 * @param trace       the rules that fired, in order, when an explanation was asked for; otherwise {@code null}
 * @param assumptions the facts taken as given instead of read from the fact file; empty for a diagnosis of the file as it is
 * @param whatIf      what the assumptions change against the diagnosis of the file as it is; {@code null} without assumptions
 */
public record Diagnosis(String tenant, Instant collectedAt, EngineInfo engine, List<Symptom> symptoms,
                        List<RootCause> rootCauses, List<Action> actions, List<Question> questions,
                        List<TraceEntry> trace, List<Assumption> assumptions, Comparison whatIf) {

    /** Copies the lists, so that the diagnosis stays immutable. */
    public Diagnosis {
        symptoms = List.copyOf(symptoms);
        rootCauses = List.copyOf(rootCauses);
        actions = List.copyOf(actions);
        questions = List.copyOf(questions);
        trace = trace == null ? null : List.copyOf(trace);
        assumptions = List.copyOf(assumptions);
    }

    /** A diagnosis of the facts as they are, without assumptions. */
    public Diagnosis(String tenant, Instant collectedAt, EngineInfo engine, List<Symptom> symptoms,
                     List<RootCause> rootCauses, List<Action> actions, List<Question> questions, List<TraceEntry> trace) {
        this(tenant, collectedAt, engine, symptoms, rootCauses, actions, questions, trace, List.of(), null);
    }

    /** This diagnosis marked as made with assumptions, and what they change against the diagnosis without them. */
    public Diagnosis assuming(List<Assumption> assumed, Comparison change) {
        return new Diagnosis(tenant, collectedAt, engine, symptoms, rootCauses, actions, questions, trace, assumed, change);
    }

    /** The same diagnosis with other questions, for example ranked by the value of their answers. */
    public Diagnosis withQuestions(List<Question> other) {
        return new Diagnosis(tenant, collectedAt, engine, symptoms, rootCauses, actions, other, trace, assumptions, whatIf);
    }

    /** Whether facts were assumed rather than read from the fact file. */
    public boolean assumed() {
        return !assumptions.isEmpty();
    }

    /** The most likely root cause, if any was found. */
    public Optional<RootCause> leadingCause() {
        return rootCauses.isEmpty() ? Optional.empty() : Optional.of(rootCauses.get(0));
    }

    /** What to do next: the first required action, else the first one to verify; empty when all is done. A waiting step is never next. */
    public Optional<Action> nextAction() {
        return actions.stream().filter(a -> a.status() == Status.REQUIRED).findFirst()
                .or(() -> actions.stream().filter(a -> a.status() == Status.VERIFY).findFirst());
    }

    /** Whether any symptom means the whole tenant is banned from sending. */
    public boolean tenantBanned() {
        return symptoms.stream().anyMatch(Symptom::tenantBan);
    }

    /** Whether the tenant is banned, is not, or cannot be said because no symptom is one the knowledge base covers. */
    public TenantBan tenantBan() {
        if (tenantBanned()) {
            return TenantBan.YES;
        }
        return !symptoms.isEmpty() && symptoms.stream().allMatch(Symptom::banUnknown) ? TenantBan.UNKNOWN : TenantBan.NO;
    }
}
