package org.mailblock.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mailblock.diagnosis.Action;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Status;
import org.mailblock.diagnosis.TenantBan;
import org.mailblock.report.SampleReports.Sample;

/** What a reader sees of the plan: readiness, containment first, filled-in commands, where they run, an unknown ban. */
class PlanPresentationTest {

    @Test
    void aTenantAboutWhichNothingIsKnownWaitsBeforeSupportAndNextIsNotTheSupportStep() {
        Diagnosis d = SampleReports.sample("threshold-with-nothing-else-known").diagnosis();
        Action request = d.actions().get(d.actions().size() - 1);
        assertThat(request.id()).isEqualTo("request-unblock");
        assertThat(request.status()).isEqualTo(Status.WAITING);
        assertThat(request.waitingFor()).containsExactly(1, 2, 3, 4, 5);
        assertThat(d.nextAction()).map(Action::id).hasValue("register-sending-domains");
        String text = TextReport.render(d);
        assertThat(text).contains(" 6. [waiting]  Ask Microsoft Support").contains("waits for steps 1, 2, 3, 4 and 5")
                .contains("Next: step 1, Add and verify");
        assertThat(JsonReport.render(d)).contains("\"status\" : \"waiting\",\n      \"waitingFor\" : [\n        1,\n        2,");
    }

    @Test
    void aSecuredTenantMayAskSupportNext() {
        Diagnosis d = SampleReports.sample("secured-tenant-ready-for-unblock").diagnosis();
        assertThat(d.actions()).filteredOn(a -> !a.id().equals("request-unblock")).extracting(Action::status).containsOnly(Status.DONE);
        assertThat(d.nextAction()).map(Action::id).hasValue("request-unblock");
    }

    @Test
    void aRequiredContainmentStepComesBeforeRegisteringDomains() {
        Diagnosis d = SampleReports.sample("rogue-connector-after-admin-takeover").diagnosis();
        assertThat(d.actions()).extracting(Action::id).containsSubsequence("review-inbound-connectors",
                "secure-compromised-accounts", "register-sending-domains", "enable-admin-mfa");
        assertThat(d.actions().get(0).status()).isEqualTo(Status.REQUIRED);
    }

    @Test
    void aContainmentStepOnlyToVerifyKeepsTheCatalogueOrder() {
        Diagnosis d = SampleReports.sample("threshold-with-nothing-else-known").diagnosis();
        assertThat(d.actions()).extracting(Action::id).startsWith("register-sending-domains", "enable-admin-mfa",
                "review-inbound-connectors");
    }

    @Test
    void theTargetsFillTheCommandsPlaceholders() {
        Sample s = SampleReports.sample("rogue-connector-after-admin-takeover");
        Action connectors = s.diagnosis().actions().get(0);
        assertThat(connectors.targets()).isNotEmpty();
        connectors.targets().forEach(t -> assertThat(connectors.commands()).extracting(c -> c.run())
                .contains("Remove-InboundConnector -Identity '" + t.replace("'", "''") + "'"));
    }

    @Test
    void anOnPremisesCmdletSaysWhereItRunsInEveryFormat() {
        Sample s = SampleReports.sample("open-relay-hybrid-server");
        Diagnosis d = s.diagnosis();
        assertThat(TextReport.render(d)).contains("check: Get-ReceiveConnector | Get-ADPermission")
                .contains("(in the Exchange Management Shell on premises)");
        assertThat(JsonReport.render(d)).contains("\"shell\" : \"on-premises\"");
        String md = Reports.render(ReportFormat.MARKDOWN, d, s.facts(), SampleReports.messages("de"), false);
        assertThat(md).contains("# prüfen (in der lokalen Exchange-Verwaltungsshell)");
        assertThat(Reports.render(ReportFormat.HTML, d, s.facts(), SampleReports.messages("en"), false))
                .contains("<p class=\"command-note\">in the Exchange Management Shell on premises</p>");
    }

    @Test
    void anUnknownCodeIsHeadedAsUnknownNotAsNoBan() {
        Sample s = SampleReports.sample("code-outside-knowledge");
        Diagnosis d = s.diagnosis();
        assertThat(d.tenantBan()).isEqualTo(TenantBan.UNKNOWN);
        assertThat(d.tenantBanned()).isFalse();
        assertThat(TextReport.render(d)).contains("UNKNOWN: these codes do not say whether the tenant or a sender is blocked")
                .doesNotContain("Not a ban of the whole tenant");
        assertThat(JsonReport.render(d)).contains("\"tenantBanned\" : false,\n  \"tenantBan\" : \"unknown\",");
        assertThat(Reports.render(ReportFormat.MARKDOWN, d, s.facts(), SampleReports.messages("de"), false)).contains("UNBEKANNT:");
    }

    @Test
    void aKnownCodeThatIsNoBanStillSaysSo() {
        Diagnosis d = SampleReports.sample("recipient-blocked-by-tabl").diagnosis();
        assertThat(d.tenantBan()).isEqualTo(TenantBan.NO);
        assertThat(TextReport.render(d)).contains("Not a ban of the whole tenant.");
    }
}
