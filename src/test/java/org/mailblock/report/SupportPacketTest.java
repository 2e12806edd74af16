package org.mailblock.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mailblock.diagnosis.Action;
import org.mailblock.diagnosis.Status;
import org.mailblock.i18n.Messages;
import org.mailblock.report.SampleReports.Sample;

class SupportPacketTest {

    @Test
    void openStepsBeforeTheRequestMakeItNotReadyAndAreListedWithWhatToProve() {
        Sample s = SampleReports.sample("rogue-connector-after-admin-takeover");
        assertThat(SupportPacket.readiness(s.diagnosis())).isEqualTo(SupportPacket.Readiness.PREMATURE);
        Messages en = SampleReports.messages("en");
        String md = Reports.packet(ReportFormat.MARKDOWN, s.diagnosis(), s.facts(), en, false);
        String premature = md.substring(md.indexOf("## Not ready to request the unblock"), md.indexOf("## NDR codes and counts"));
        List<Action> open = SupportPacket.openBeforeRequest(s.diagnosis());
        assertThat(open).extracting(Action::id).containsExactly("review-inbound-connectors", "secure-compromised-accounts",
                "enable-admin-mfa", "lock-down-on-premises-servers");
        open.forEach(a -> assertThat(premature).contains("**" + a.step() + ". " + a.title() + "** (" + a.status().id() + ") `" + a.id() + "`"));
        assertThat(premature).contains("  - to prove: Every admin account has MFA registered and enforced.");
        assertThat(premature).doesNotContain("request-unblock");
        assertThat(md).doesNotContain("Ready to request");
    }

    @Test
    void aTenantAboutWhichNothingIsKnownIsNotReadyAndListsEveryStepToVerify() {
        Sample s = SampleReports.sample("threshold-with-nothing-else-known");
        assertThat(SupportPacket.readiness(s.diagnosis())).isEqualTo(SupportPacket.Readiness.PREMATURE);
        assertThat(SupportPacket.openBeforeRequest(s.diagnosis())).extracting(Action::status).containsOnly(Status.VERIFY).hasSize(5);
        String md = Reports.packet(ReportFormat.MARKDOWN, s.diagnosis(), s.facts(), SampleReports.messages("en"), false);
        assertThat(md).contains("## Not ready to request the unblock")
                .contains("- **3. Find and remove inbound connectors nobody recognizes** (verify) `review-inbound-connectors`\n"
                        + "  - to prove: Every inbound connector is known to and wanted by the organization.")
                .doesNotContain("Ready to request");
    }

    @Test
    void aCodeOutsideTheKnowledgeLeavesTheNeedForARequestUnknown() {
        Sample s = SampleReports.sample("code-outside-knowledge");
        assertThat(SupportPacket.readiness(s.diagnosis())).isEqualTo(SupportPacket.Readiness.UNKNOWN);
        assertThat(Reports.packet(ReportFormat.MARKDOWN, s.diagnosis(), s.facts(), SampleReports.messages("en"), false))
                .contains("## Whether Support has a block to lift is unknown").doesNotContain("No unblock request needed");
    }

    @Test
    void aSecuredTenantIsReadyAndTheDoneStepsCarryTheirEvidence() {
        Sample s = SampleReports.sample("secured-tenant-ready-for-unblock");
        assertThat(SupportPacket.readiness(s.diagnosis())).isEqualTo(SupportPacket.Readiness.READY);
        String md = Reports.packet(ReportFormat.MARKDOWN, s.diagnosis(), s.facts(), SampleReports.messages("en"), false);
        assertThat(md).contains("## Ready to request the unblock").doesNotContain("Not ready").doesNotContain("still open");
        String done = md.substring(md.indexOf("## What was done"), md.indexOf("## What remains"));
        s.diagnosis().actions().stream().filter(a -> a.status() == Status.DONE)
                .forEach(a -> assertThat(done).contains("- [x] **" + a.step() + ". " + a.title() + "**"));
        assertThat(done).contains("Every admin account has MFA registered and enforced.")
                .contains("shown by: sendingDomains (given); acceptedDomains (given)");
        String remains = md.substring(md.indexOf("## What remains"), md.indexOf("## Questions Support will ask"));
        assertThat(remains).contains("Nothing remains but the request itself.");
        assertThat(done).contains("- [x] **4. Secure taken-over accounts, then release them**");
        assertThat(md).contains("| 5.7.705 | 31 | 2026-11-27 09:12 UTC |");
        assertThat(md.substring(md.indexOf("## Questions Support will ask"))).contains("1. Do all admins have multifactor authentication enforced?");
    }

    @Test
    void withoutABanNoRequestIsNeeded() {
        Sample s = SampleReports.sample("recipient-blocked-by-tabl");
        assertThat(SupportPacket.readiness(s.diagnosis())).isEqualTo(SupportPacket.Readiness.NOT_NEEDED);
        assertThat(Reports.packet(ReportFormat.MARKDOWN, s.diagnosis(), s.facts(), SampleReports.messages("en"), false))
                .contains("## No unblock request needed");
    }

    @Test
    void theHtmlPacketHasTheSameSectionsInGerman() {
        Sample s = SampleReports.sample("rogue-connector-after-admin-takeover");
        Document doc = Jsoup.parse(Reports.packet(ReportFormat.HTML, s.diagnosis(), s.facts(), SampleReports.messages("de"), false));
        assertThat(doc.select("html").attr("lang")).isEqualTo("de");
        assertThat(doc.select("#state").hasClass("premature")).isTrue();
        assertThat(doc.select("#state h2").text()).isEqualTo("Noch nicht bereit für die Anfrage zur Entsperrung");
        assertThat(doc.select("#state ul.open-required li")).hasSize(4);
        assertThat(doc.select("#ndrs tbody tr")).hasSize(2);
        assertThat(doc.select("#support-questions ol li")).hasSize(SampleReports.messages("de").list("packet.asks").size());
        assertThat(doc.select("script, link, img")).isEmpty();
    }

    @Test
    void everySampleHasAPacketInBothFormatsAndLanguages() {
        for (Sample s : SampleReports.all()) {
            for (String lang : List.of("en", "de")) {
                Messages m = SampleReports.messages(lang);
                String md = Reports.packet(ReportFormat.MARKDOWN, s.diagnosis(), s.facts(), m, false);
                SupportPacket.Readiness r = SupportPacket.readiness(s.diagnosis());
                String heading = m.text("packet." + r.name().toLowerCase().replace('_', '-') + "-heading");
                assertThat(md).as(s + " " + lang).contains("## " + heading + "\n").contains("## " + m.text("packet.ndrs") + "\n");
                assertThat(Jsoup.parse(Reports.packet(ReportFormat.HTML, s.diagnosis(), s.facts(), m, false)).select("#state h2").text())
                        .isEqualTo(heading);
            }
        }
    }
}
