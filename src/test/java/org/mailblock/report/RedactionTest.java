package org.mailblock.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mailblock.diagnosis.Action;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.RootCause;
import org.mailblock.facts.Forwarding;
import org.mailblock.facts.ForwardingMethod;
import org.mailblock.facts.Ndr;
import org.mailblock.facts.OnPremisesServer;
import org.mailblock.facts.OutboundSpamPolicy;
import org.mailblock.facts.TenantFacts;
import org.mailblock.facts.User;
import org.mailblock.report.SampleReports.Sample;

class RedactionTest {

    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    /** The catalogue's text: addresses written there are Microsoft's, not the tenant's. */
    static final String KNOWLEDGE = readCatalogue();

    private static String readCatalogue() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("rules/catalogue.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final Pattern IPV4 = Pattern.compile("\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b");

    @Test
    void noAddressIpOrTenantNameOfTheFactsSurvivesInAnyFormatOrLanguage() {
        for (Sample s : SampleReports.all()) {
            List<String> secrets = secrets(s);
            for (ReportFormat format : ReportFormat.values()) {
                for (String lang : List.of("en", "de")) {
                    String report = Reports.render(format, s.diagnosis(), s.facts(), SampleReports.messages(lang), true);
                    for (String secret : secrets) {
                        assertThat(report.toLowerCase()).as(s + " " + format + " " + lang).doesNotContain(secret.toLowerCase());
                    }
                    Matcher m = EMAIL.matcher(report);
                    while (m.find()) {
                        // an address the knowledge itself gives (Microsoft's delist mailbox) is an instruction, not a fact
                        if (!KNOWLEDGE.contains(m.group())) {
                            assertThat(m.group()).as(s + " " + format).matches("user\\d+@(domain\\d+\\.example|tenant\\d+\\.onmicrosoft\\.com)");
                        }
                    }
                    assertThat(IPV4.matcher(report).find()).as(s + " " + format).isFalse();
                }
                String packet = format == ReportFormat.MARKDOWN || format == ReportFormat.HTML
                        ? Reports.packet(format, s.diagnosis(), s.facts(), SampleReports.messages("en"), true) : "";
                secrets.forEach(secret -> assertThat(packet.toLowerCase()).as(s + " packet").doesNotContain(secret.toLowerCase()));
            }
        }
    }

    @Test
    void theForwardingLimitAndAttributionFieldsAreRedactedAfterEveryOtherValue() {
        TenantFacts facts = TenantFacts.builder(Instant.parse("2026-11-20T10:00:00Z"), "contoso.onmicrosoft.com")
                .ndr(new Ndr("5.7.606", 550, null, "alice@contoso.com", null, null, null, "mx.fabrikam.example", "2001:db8::7"))
                .ndr(new Ndr("5.7.1", 550, null, null, null, null, null, "am0pr01mb1.eurprd01.prod.outlook.com", null))
                .users(List.of(new User("alice@contoso.com", null, null, null, "alice@sales.contoso.example",
                        List.of(new Forwarding("alice@home.example", ForwardingMethod.INBOX_RULE)), 12L)))
                .onPremisesServers(List.of(new OnPremisesServer("EX01", null, null, null, List.of("2001:db8::9", "203.0.113.5"),
                        "relay.contoso.example", null)))
                .outboundSpamPolicies(List.of(new OutboundSpamPolicy("Forwarding allowed", false, null, null, null, null, null,
                        List.of("bob@contoso.com"), List.of("sales-team@contoso.com"), List.of("partner.example"))))
                .build();
        Redaction r = Redaction.of(facts);

        String redacted = r.text("alice@sales.contoso.example forwards to alice@home.example; sales.contoso.example; "
                + "EX01 sends from 2001:db8::9 and 203.0.113.5 as relay.contoso.example; NDR from mx.fabrikam.example "
                + "for 2001:db8::7; bob@contoso.com, sales-team@contoso.com, partner.example; "
                + "am0pr01mb1.eurprd01.prod.outlook.com");

        assertThat(redacted).doesNotContain("contoso", "home.example", "2001:db8", "203.0.113", "fabrikam", "partner.example", "EX01")
                .contains("server1 sends", "am0pr01mb1.eurprd01.prod.outlook.com");
        // the tenant, then the NDR sender, come first: the new fields never renumber what reports showed before
        assertThat(r.text("alice@contoso.com")).isEqualTo("user1@domain1.example");
        assertThat(r.text("2001:db8::7")).isEqualTo("ipv6-1");
    }

    @Test
    void theSameValueGetsTheSamePlaceholderThroughoutOneReport() {
        Sample s = SampleReports.sample("rogue-connector-after-admin-takeover");
        Diagnosis d = Redaction.of(s.facts()).diagnosis(s.diagnosis(), SampleReports.messages("en"));
        assertThat(d.tenant()).isEqualTo("tenant1.onmicrosoft.com");
        RootCause accounts = d.rootCauses().get(0);
        RootCause connector = d.rootCauses().get(1);
        // helpdesk@contoso.com, the second admin, is named in two causes and two actions
        String helpdesk = connector.evidence().stream().filter(e -> e.fact().equals("connectors[0].createdBy")).findFirst()
                .orElseThrow().shownValue();
        assertThat(helpdesk).matches("user\\d+@domain1\\.example");
        assertThat(accounts.evidence().get(0).detail()).startsWith(helpdesk + " ");
        Action mfa = d.actions().stream().filter(a -> a.id().equals("enable-admin-mfa")).findFirst().orElseThrow();
        assertThat(mfa.targets()).containsExactly(helpdesk);
        Action accountsStep = d.actions().stream().filter(a -> a.id().equals("secure-compromised-accounts")).findFirst().orElseThrow();
        assertThat(accountsStep.targets()).contains(helpdesk);
    }

    @Test
    void placeholdersFollowTheOrderOfTheFactFileAndAreTheSameOnEveryRun() {
        Sample s = SampleReports.sample("rogue-connector-after-admin-takeover");
        Redaction r = Redaction.of(s.facts());
        // tenant, accepted and sending domains come first, then admins in file order
        assertThat(r.text("admin@contoso.com")).isEqualTo("user1@domain1.example");
        assertThat(r.text("helpdesk@contoso.com")).isEqualTo("user2@domain1.example");
        assertThat(r.text("contoso.onmicrosoft.com")).isEqualTo("tenant1.onmicrosoft.com");
        assertThat(r.text("mail sent from cheap-meds.example via 198.51.100.7/32"))
                .matches("mail sent from domain\\d+\\.example via ip\\d+/32");
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(Reports.render(format, s.diagnosis(), s.facts(), SampleReports.messages("en"), true))
                    .isEqualTo(Reports.render(format, s.diagnosis(), s.facts(), SampleReports.messages("en"), true));
        }
    }

    @Test
    void identifyingArgumentsAreRedactedBeforeTheEvidenceIsWrittenInEachLanguage() {
        Sample s = SampleReports.sample("rogue-connector-after-admin-takeover");
        for (String lang : List.of("en", "de")) {
            Diagnosis d = Redaction.of(s.facts()).diagnosis(s.diagnosis(), SampleReports.messages(lang));
            List<org.mailblock.diagnosis.Evidence> withUser = d.rootCauses().stream().flatMap(c -> c.evidence().stream())
                    .filter(e -> e.args().containsKey("user")).toList();
            assertThat(withUser).isNotEmpty().allSatisfy(e -> {
                assertThat((String) e.args().get("user")).matches("user\\d+@domain\\d+\\.example");
                assertThat(e.detail()).contains((String) e.args().get("user")).doesNotContain("contoso.com");
            });
        }
    }

    @Test
    void redactionKeepsIdsStatusesAndCommandsButNotTheValuesFilledIntoThem() {
        Sample s = SampleReports.sample("open-relay-hybrid-server");
        Diagnosis d = Redaction.of(s.facts()).diagnosis(s.diagnosis(), SampleReports.messages("en"));
        assertThat(d.actions()).extracting(Action::id).containsExactlyElementsOf(s.diagnosis().actions().stream().map(Action::id).toList());
        assertThat(d.actions()).extracting(Action::status).containsExactlyElementsOf(s.diagnosis().actions().stream().map(Action::status).toList());
        // commands keep their number, purpose and shell; only the values the targets filled in are replaced
        assertThat(d.actions()).extracting(a -> a.commands().stream().map(c -> c.purpose() + " " + c.shell()).toList())
                .containsExactlyElementsOf(s.diagnosis().actions().stream()
                        .map(a -> a.commands().stream().map(c -> c.purpose() + " " + c.shell()).toList()).toList());
        assertThat(d.actions()).filteredOn(a -> a.targets().isEmpty()).extracting(Action::commands)
                .containsExactlyElementsOf(s.diagnosis().actions().stream().filter(a -> a.targets().isEmpty()).map(Action::commands).toList());
        assertThat(d.rootCauses()).extracting(RootCause::id).containsExactlyElementsOf(s.diagnosis().rootCauses().stream().map(RootCause::id).toList());
    }

    /** A tenant whose names leak in the ways a real NDR text and fact file show them. */
    private static Redaction leaky() {
        TenantFacts facts = TenantFacts.builder(Instant.parse("2026-11-20T10:00:00Z"), "contoso.onmicrosoft.com")
                .ndr(new Ndr("5.7.705", 550, null, "alice@contoso.com", null, null, null, null, null))
                .connectors(List.of(new org.mailblock.facts.Connector("Partner relay", null, null, null, null, null, false, null, null,
                        null, null), new org.mailblock.facts.Connector("O'Brien's gateway", null, null, null, null, null, false, null,
                        null, null, null)))
                .onPremisesServers(List.of(new OnPremisesServer("EXCH-01", null, null, null, null, null, null)))
                .acceptedDomains(List.of(new org.mailblock.facts.AcceptedDomain("müller.example", null, null, null),
                        new org.mailblock.facts.AcceptedDomain("contoso.com", null, null, null)))
                .build();
        return Redaction.of(facts);
    }

    @Test
    void connectorAndServerNamesAreReplacedAsValuesInTextAndInCommands() {
        Redaction r = leaky();
        assertThat(r.text("Partner relay")).isEqualTo("connector1");
        assertThat(r.text("inbound connector 'Partner relay' and server EXCH-01"))
                .isEqualTo("inbound connector 'connector1' and server server1");
        assertThat(r.text("Remove-InboundConnector -Identity 'O''Brien''s gateway'"))
                .isEqualTo("Remove-InboundConnector -Identity 'connector2'");
        // a word that only contains a name is left alone
        assertThat(r.text("EXCH-010 Partner relays")).isEqualTo("EXCH-010 Partner relays");
    }

    @Test
    void ipv6AddressesInFreeTextAreReplacedButTimesAreNot() {
        Redaction r = leaky();
        assertThat(r.text("refused 2001:db8:0:1::25 and fe80::1%eth0 and 2001:0db8:0000:0000:0000:ff00:0042:8329 at 09:55:00"))
                .isEqualTo("refused ipv6-1 and ipv6-2%eth0 and ipv6-3 at 09:55:00");
        assertThat(r.text("[::ffff:203.0.113.9]")).isEqualTo("[ipv6-4]");
    }

    @Test
    void exchangeOnlineHostsNamedAfterTheCustomerAreReplacedWithTheirDomain() {
        Redaction r = leaky();
        assertThat(r.text("contoso.com")).isEqualTo("domain2.example");
        assertThat(r.text("Remote server contoso-com.mail.protection.outlook.com said"))
                .isEqualTo("Remote server domain2-example.mail.protection.outlook.com said");
        assertThat(r.text("routed to contoso.mail.onmicrosoft.com")).isEqualTo("routed to tenant1.mail.onmicrosoft.com");
        assertThat(r.text("fabrikam-net.mail.protection.outlook.com")).doesNotContain("fabrikam")
                .endsWith(".mail.protection.outlook.com");
        // Microsoft's own servers name nobody
        assertThat(r.text("AM0PR01MB1.eurprd01.prod.outlook.com")).isEqualTo("AM0PR01MB1.eurprd01.prod.outlook.com");
    }

    @Test
    void addressesInMailtoLinksPunycodeDomainsAndDisplayNamesAreReplaced() {
        Redaction r = leaky();
        assertThat(r.text("alice@contoso.com")).isEqualTo("user1@domain2.example");
        assertThat(r.text("<mailto:alice%40contoso.com>")).isEqualTo("<mailto:user1%40domain2.example>");
        assertThat(r.text("mailto:Alice%40Contoso.com?subject=x")).isEqualTo("mailto:user1%40domain2.example?subject=x");
        String muller = r.text("müller.example");
        assertThat(muller).matches("domain\\d+\\.example");
        assertThat(r.text("xn--mller-kva.example")).isEqualTo(muller);
        assertThat(r.text("hans@xn--mller-kva.example and jörg@müller.example"))
                .doesNotContain("mller", "müller", "jörg", "hans");
        assertThat(r.text("From: \"Alice Smith\" <alice@contoso.com>, To: Bob Jones <bob@fabrikam.example>"))
                .isEqualTo("From: \"user1\" <user1@domain2.example>, To: user4 <user4@domain3.example>");
    }

    @Test
    void theTenantsBareLabelIsReplacedWhereItStandsAlone() {
        Redaction r = leaky();
        assertThat(r.text("facts/contoso-2026-11.yaml and [CONTOSO] but not contosos"))
                .isEqualTo("facts/tenant1-2026-11.yaml and [tenant1] but not contosos");
    }

    @Test
    void aLongValueIsRedactedInOnePassNotOnePassPerCharacter() {
        // a megabyte without an address took hours when every position started a new search; a pass takes well under a second
        String megabyte = "a".repeat(1 << 20);
        String redacted = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> leaky().text(megabyte + " alice@contoso.com " + megabyte));
        assertThat(redacted).hasSize(2 * megabyte.length() + " user1@domain2.example ".length());
        assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> Markdown.code("`".repeat(1 << 20)))).startsWith("`".repeat((1 << 20) + 1) + " ");
    }

    @Test
    void aTextWithoutFactsIsLeftAlone() {
        Sample s = SampleReports.sample("rogue-connector-after-admin-takeover");
        String text = "Get-AcceptedDomain | Format-Table DomainName,DomainType,Default; NDR 5.7.705 x14 at 2026-11-20T10:00:00Z";
        assertThat(Redaction.of(s.facts()).text(text)).isEqualTo(text);
    }

    /** The addresses, IPs, tenant names and domains of a sample's fact file. */
    private static List<String> secrets(Sample s) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        out.add(s.facts().tenant().name());
        var f = s.facts();
        if (f.admins() != null) {
            f.admins().forEach(a -> out.add(a.upn()));
        }
        if (f.users() != null) {
            f.users().forEach(u -> out.add(u.upn()));
        }
        if (f.acceptedDomains() != null) {
            f.acceptedDomains().forEach(a -> out.add(a.name()));
        }
        if (f.sendingDomains() != null) {
            f.sendingDomains().forEach(a -> out.add(a.name()));
        }
        f.ndrs().forEach(n -> {
            if (n.sender() != null) {
                out.add(n.sender());
            }
            if (n.recipient() != null) {
                out.add(n.recipient());
            }
        });
        if (f.connectors() != null) {
            f.connectors().forEach(c -> {
                if (c.createdBy() != null) {
                    out.add(c.createdBy());
                }
                if (c.senderIpAddresses() != null) {
                    c.senderIpAddresses().forEach(ip -> out.add(ip.split("/")[0]));
                }
            });
        }
        return List.copyOf(out);
    }
}
