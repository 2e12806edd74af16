package org.mailblock.engine;

import org.mailblock.engine.session.StandingProposals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailblock.diagnosis.Status;
import org.mailblock.engine.kb.Proposal;

class StandingProposalsTest {

    private static Proposal proposal(String action, Status status, String rule) {
        return new Proposal(action, status, rule, List.of(), List.of());
    }

    @Test
    void aDoneProposalOverrulesTheVerifyProposalsOfItsAction() {
        Proposal verify = proposal("enable-admin-mfa", Status.VERIFY, "plan-admin-mfa-verify");
        Proposal done = proposal("enable-admin-mfa", Status.DONE, "plan-admin-mfa-done");

        assertEquals(List.of(done), StandingProposals.of(List.of(verify, done)));
    }

    @Test
    void aRequiredProposalStandsBesideVerifyAndDone() {
        Proposal required = proposal("review-inbound-connectors", Status.REQUIRED, "plan-connectors-required");
        Proposal verify = proposal("review-inbound-connectors", Status.VERIFY, "plan-connectors-verify");
        Proposal done = proposal("review-inbound-connectors", Status.DONE, "plan-connectors-done");

        assertEquals(List.of(required, done), StandingProposals.of(List.of(required, verify, done)));
        assertEquals(List.of(required, verify), StandingProposals.of(List.of(required, verify)));
    }

    @Test
    void aDoneProposalLeavesTheVerifyProposalsOfOtherActionsStanding() {
        Proposal verify = proposal("review-inbound-connectors", Status.VERIFY, "plan-connectors-verify");
        Proposal done = proposal("enable-admin-mfa", Status.DONE, "plan-admin-mfa-done");

        assertEquals(List.of(verify, done), StandingProposals.of(List.of(verify, done)));
    }
}
