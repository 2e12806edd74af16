package org.mailblock.load;

import org.junit.jupiter.api.Test;
import org.mailblock.facts.AutoForwardingMode;
import org.mailblock.facts.Forwarding;
import org.mailblock.facts.ForwardingMethod;
import org.mailblock.facts.LimitsEnforcementStatus;
import org.mailblock.facts.OnPremisesServer;
import org.mailblock.facts.OutboundSpamPolicy;
import org.mailblock.facts.TenantFacts;
import org.mailblock.facts.ThresholdAction;
import org.mailblock.facts.User;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailblock.load.LoadFailures.HEAD;

/**
 * The optional fields that tell forwarding, recipient limits, onmicrosoft.com throttling, attribution,
 * banned IPs and recipient-side NDRs apart: they load into the fact records, normalized as rules compare
 * them, and what a file leaves out stays unknown.
 */
class SendingLimitsForwardingAndAttributionFactsTest {

    private static final String FILE = "/load/sending-limits-forwarding-attribution.yaml";

    private static TenantFacts example() throws Exception {
        return FactFileLoader.standard().load(resource()).facts();
    }

    private static Path resource() throws Exception {
        return Path.of(SendingLimitsForwardingAndAttributionFactsTest.class.getResource(FILE).toURI());
    }

    @Test
    void theExampleIsValidForTheLoaderAndTheSchema() throws Exception {
        String text = Files.readString(resource(), StandardCharsets.UTF_8);

        assertThat(SchemaCheck.loaderAccepts(text)).isTrue();
        assertThat(SchemaCheck.errors(text)).isEmpty();
    }

    @Test
    void ndrsKeepTheirReportingServerLowerCasedAndTheSendingIp() throws Exception {
        TenantFacts facts = example();

        assertThat(facts.ndrs().get(0).reportingServer()).isEqualTo("am0pr01mb1234.eurprd01.prod.outlook.com");
        assertThat(facts.ndrs().get(0).sendingIp()).isEqualTo("198.51.100.7");
        assertThat(facts.ndrs().get(1).sendingIp()).isEqualTo("2001:db8::7");
    }

    @Test
    void usersCarryTheirPrimaryAddressForwardingAndRecipientCount() throws Exception {
        List<User> users = example().users();

        assertThat(users.get(0).primarySmtpAddress()).isEqualTo("alice@contoso.onmicrosoft.com");
        assertThat(users.get(0).primarySmtpDomain()).isEqualTo("contoso.onmicrosoft.com");
        assertThat(users.get(0).forwarding()).containsExactly(
                new Forwarding("alice.home@gmail.example", ForwardingMethod.MAILBOX),
                new Forwarding("x@evil.example", ForwardingMethod.INBOX_RULE));
        assertThat(users.get(0).forwarding().get(1).domain()).isEqualTo("evil.example");
        assertThat(users.get(0).recipientsLast24h()).isEqualTo(10_400L);
    }

    @Test
    void anEmptyForwardingListMeansNoneAndALeftOutOneMeansUnknown() throws Exception {
        User bob = example().users().get(1);

        assertThat(bob.forwarding()).isEmpty();
        assertThat(bob.primarySmtpAddress()).isNull();
        assertThat(bob.primarySmtpDomain()).isNull();
        assertThat(bob.recipientsLast24h()).isNull();
    }

    @Test
    void outboundSpamPoliciesLoadWithTheirLimitsActionAndScope() throws Exception {
        List<OutboundSpamPolicy> policies = example().outboundSpamPolicies();

        assertThat(policies).containsExactly(
                new OutboundSpamPolicy("Default", true, AutoForwardingMode.AUTOMATIC, 0, 0, 500,
                        ThresholdAction.BLOCK_USER_FOR_TODAY, null, null, null),
                new OutboundSpamPolicy("Forwarding allowed", false, AutoForwardingMode.ON, null, null, null,
                        ThresholdAction.ALERT, List.of("alice@contoso.com"), List.of("sales@contoso.com"), List.of("contoso.com")));
    }

    @Test
    void limitsEnforcementStatusLoadsAsTheCmdletReportsIt() throws Exception {
        assertThat(example().limitsEnforcementStatus())
                .isEqualTo(new LimitsEnforcementStatus(24_000L, 22_059L, "Exceeded", true));
    }

    @Test
    void serversCarryTheirEgressAddressesAndTheCertificateTheyPresent() throws Exception {
        OnPremisesServer server = example().onPremisesServers().get(0);

        assertThat(server.egressIps()).containsExactly("198.51.100.7", "203.0.113.0/28");
        assertThat(server.certificateSubject()).isEqualTo("mail2.contoso.com");
        assertThat(server.certificateRenewedAt()).isEqualTo(Instant.parse("2026-11-18T00:00:00Z"));
    }

    @Test
    void connectorsDomainsAndSubscriptionTakeTheirNewFields() throws Exception {
        TenantFacts facts = example();

        assertThat(facts.connectors().get(0).restricted()).isTrue();
        assertThat(facts.acceptedDomains()).extracting(d -> d.isDefault()).containsExactly(true, false);
        assertThat(facts.subscription().purchasedLicenses()).isEqualTo(120L);
    }

    @Test
    void theNewSectionsAreKnownWhenGivenEvenEmpty() throws Exception {
        TenantFacts facts = FactFileLoader.standard().load("test.yaml", HEAD + "outboundSpamPolicies: []\nlimitsEnforcementStatus: {}\n").facts();

        assertThat(facts.knownSections()).contains("outboundSpamPolicies", "limitsEnforcementStatus");
        assertThat(facts.outboundSpamPolicies()).isEmpty();
        assertThat(facts.limitsEnforcementStatus()).isEqualTo(new LimitsEnforcementStatus(null, null, null, null));
    }

    @Test
    void leftOutTheNewFieldsAndSectionsAreUnknown() throws Exception {
        TenantFacts facts = FactFileLoader.standard().load("test.yaml", HEAD
                + "users:\n  - upn: alice@contoso.com\nonPremisesServers:\n  - name: EX01\nsubscription: {}\n").facts();

        assertThat(facts.knownSections()).doesNotContain("outboundSpamPolicies", "limitsEnforcementStatus");
        assertThat(facts.outboundSpamPolicies()).isNull();
        assertThat(facts.limitsEnforcementStatus()).isNull();
        assertThat(facts.users().get(0).forwarding()).isNull();
        assertThat(facts.onPremisesServers().get(0).egressIps()).isNull();
        assertThat(facts.onPremisesServers().get(0).certificateSubject()).isNull();
        assertThat(facts.subscription().purchasedLicenses()).isNull();
        assertThat(facts.ndrs().get(0).reportingServer()).isNull();
        assertThat(facts.ndrs().get(0).sendingIp()).isNull();
    }

    @Test
    void recipientLimitsAreCheckedAtBothEnds() {
        String policy = HEAD + "outboundSpamPolicies:\n  - name: Default\n    recipientLimitExternalPerHour: ";

        assertThat(SchemaCheck.loaderAccepts(policy + "10000\n")).isTrue();
        assertThat(SchemaCheck.loaderAccepts(policy + "0\n")).isTrue();
        FactFileProblem tooMany = LoadFailures.onlyProblem(policy + "10001\n");
        assertThat(tooMany.path()).isEqualTo("outboundSpamPolicies[0].recipientLimitExternalPerHour");
        assertThat(LoadFailures.position(tooMany)).isEqualTo("9:36");
        assertThat(LoadFailures.onlyProblem(policy + "-1\n").message()).contains("found -1");
    }
}
