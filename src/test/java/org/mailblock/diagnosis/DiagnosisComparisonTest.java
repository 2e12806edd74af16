package org.mailblock.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosisComparisonTest {

    private static RootCause cause(String id, Confidence confidence) {
        return new RootCause(id, id, confidence, "", List.of(), List.of());
    }

    private static Action step(int step, String id, Status status, Integer... waitingFor) {
        return new Action(step, id, id, status, "", List.of(), List.of(), List.of(), List.of(), List.of(waitingFor));
    }

    private static Diagnosis diagnosis(List<RootCause> causes, Action... actions) {
        return new Diagnosis("contoso.onmicrosoft.com", Instant.parse("2026-11-20T10:00:00Z"), new EngineInfo("1", "sha256:0"),
                List.of(new Symptom("tenant-over-threshold", "t", "5.7.705", 1, true, false)), causes, List.of(actions), List.of(), null);
    }

    private static final Diagnosis OPEN = diagnosis(List.of(cause("compromised-accounts", Confidence.POSSIBLE),
                    cause("admins-without-mfa", Confidence.POSSIBLE)),
            step(1, "enable-admin-mfa", Status.VERIFY), step(2, "secure-compromised-accounts", Status.VERIFY),
            step(3, "request-unblock", Status.WAITING, 1, 2));

    @Test
    void theSameDiagnosisChangesNothing() {
        Comparison c = DiagnosisComparison.compare(OPEN, OPEN);
        assertThat(c.impact()).isEqualTo(Impact.NONE);
        // the waiting step is named with what it waits for, but that is no change
        assertThat(c.changes()).extracting(Change::kind).containsExactly(Change.Kind.STILL_WAITING);
        assertThat(c.changes().get(0).waitingFor()).containsExactly(1, 2);
    }

    @Test
    void anotherLeadingCauseIsDecisive() {
        Diagnosis after = diagnosis(List.of(cause("admins-without-mfa", Confidence.CONFIRMED), cause("compromised-accounts", Confidence.POSSIBLE)),
                step(1, "enable-admin-mfa", Status.REQUIRED), step(2, "secure-compromised-accounts", Status.VERIFY),
                step(3, "request-unblock", Status.WAITING, 1, 2));
        Comparison c = DiagnosisComparison.compare(OPEN, after);
        assertThat(c.impact()).isEqualTo(Impact.DECISIVE);
        assertThat(c.changes().get(0)).isEqualTo(new Change(Change.Kind.LEADING_CAUSE, "admins-without-mfa", 0,
                "compromised-accounts", "admins-without-mfa", List.of()));
        assertThat(c.changes()).extracting(Change::kind).contains(Change.Kind.STEP_STATUS, Change.Kind.CONFIDENCE)
                .doesNotContain(Change.Kind.NEXT_STEP, Change.Kind.READINESS);
    }

    @Test
    void theSupportRequestBecomingReadyIsDecisiveEvenWithTheSameLeadingCause() {
        Diagnosis after = diagnosis(OPEN.rootCauses(), step(1, "enable-admin-mfa", Status.DONE),
                step(2, "secure-compromised-accounts", Status.DONE), step(3, "request-unblock", Status.REQUIRED));
        Comparison c = DiagnosisComparison.compare(OPEN, after);
        assertThat(c.impact()).isEqualTo(Impact.DECISIVE);
        assertThat(c.changes()).filteredOn(ch -> ch.kind() == Change.Kind.READINESS).singleElement()
                .isEqualTo(new Change(Change.Kind.READINESS, "request-unblock", 3, "waiting", "required", List.of()));
    }

    @Test
    void aStepDoneWhileTheRequestStillWaitsWeighsAsAStep() {
        Diagnosis after = diagnosis(OPEN.rootCauses(), step(1, "enable-admin-mfa", Status.DONE),
                step(2, "secure-compromised-accounts", Status.VERIFY), step(3, "request-unblock", Status.WAITING, 2));
        Comparison c = DiagnosisComparison.compare(OPEN, after);
        assertThat(c.impact()).isEqualTo(Impact.STEP);
        assertThat(c.changes()).extracting(Change::kind).containsExactly(Change.Kind.STEP_STATUS, Change.Kind.NEXT_STEP,
                Change.Kind.STILL_WAITING);
        assertThat(c.changes().get(2).waitingFor()).containsExactly(2);
    }

    @Test
    void onlyAConfidenceWeighsLeast() {
        Diagnosis after = diagnosis(List.of(cause("compromised-accounts", Confidence.POSSIBLE), cause("admins-without-mfa", Confidence.LIKELY)),
                OPEN.actions().toArray(Action[]::new));
        Comparison c = DiagnosisComparison.compare(OPEN, after);
        assertThat(c.impact()).isEqualTo(Impact.CONFIDENCE);
        assertThat(c.changes().get(0)).isEqualTo(new Change(Change.Kind.CONFIDENCE, "admins-without-mfa", 0, "possible", "likely", List.of()));
    }

    @Test
    void aCauseRuledOutAndAStepLeavingThePlanAreNamed() {
        Diagnosis after = diagnosis(List.of(cause("compromised-accounts", Confidence.POSSIBLE)),
                step(1, "secure-compromised-accounts", Status.VERIFY), step(2, "request-unblock", Status.WAITING, 1));
        Comparison c = DiagnosisComparison.compare(OPEN, after);
        assertThat(c.impact()).isEqualTo(Impact.STEP);
        assertThat(c.changes()).contains(new Change(Change.Kind.STEP_STATUS, "enable-admin-mfa", 1, "verify", null, List.of()),
                new Change(Change.Kind.CONFIDENCE, "admins-without-mfa", 0, "possible", null, List.of()));
    }
}
