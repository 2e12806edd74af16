package org.mailblock.ingest;

import org.mailblock.ingest.export.ExportImport;
import org.mailblock.ingest.export.ExportKind;
import org.mailblock.ingest.export.ExportReader;
import org.mailblock.ingest.export.ExportedMailbox;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailblock.facts.AutoForwardingMode;
import org.mailblock.facts.Forwarding;
import org.mailblock.facts.ForwardingMethod;
import org.mailblock.facts.LimitsEnforcementStatus;
import org.mailblock.facts.OutboundSpamPolicy;
import org.mailblock.facts.TenantFacts;
import org.mailblock.facts.ThresholdAction;
import org.mailblock.facts.User;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;

/**
 * The exports that feed the forwarding, recipient-limit and restricted-sender facts: each is recognized by
 * its property names, maps what it holds, leaves out (with a note) what it cannot read, and lands in the
 * fact file.
 */
class SendingLimitAndForwardingExportsTest {

    private static final Path EXPORTS = Path.of("src/test/resources/ingest/exports");
    private static final Path BOUNCE = Path.of("src/test/resources/ingest/bounces/exo-text-two-recipients.eml");

    private final ExportReader reader = new ExportReader();

    private ExportImport read(String file) throws InputException {
        return reader.read(EXPORTS.resolve(file));
    }

    private static ImportResult importWith(String... exports) {
        List<Path> files = new java.util.ArrayList<>(List.of(EXPORTS.resolve("accepted-domains.json"),
                EXPORTS.resolve("user-registration-details.json")));
        for (String e : exports) {
            files.add(EXPORTS.resolve(e));
        }
        return new FactImporter().importInputs(new ImportRequest(List.of(BOUNCE), files, null, null));
    }

    @Test
    void outboundSpamPoliciesGiveTheirForwardingModeLimitsAndAction() throws InputException {
        ExportImport export = read("outbound-spam-policies.json");

        assertThat(export.kind()).isEqualTo(ExportKind.OUTBOUND_SPAM_POLICIES);
        assertThat(export.spamPolicies()).containsExactly(
                new OutboundSpamPolicy("Default", true, AutoForwardingMode.AUTOMATIC, 0, 0, 0, ThresholdAction.BLOCK_USER_FOR_TODAY,
                        null, null, null),
                new OutboundSpamPolicy("Sales forwarding", false, AutoForwardingMode.ON, 400, 0, null, null, null, null, null));
        assertThat(export.notes()).containsExactly(
                "object 2: ActionWhenThresholdReached is the number 2, not a name; left out (export with the value as text, "
                        + "for example Select-Object @{n='ActionWhenThresholdReached';e={\"$($_.ActionWhenThresholdReached)\"}})",
                "Sales forwarding: RecipientLimitPerDay 25000 is not from 0 to 10000; left out");
    }

    @Test
    void blockedSendersAreTheUsersInRestrictedEntities() throws InputException {
        ExportImport export = read("blocked-senders.json");

        assertThat(export.kind()).isEqualTo(ExportKind.BLOCKED_SENDERS);
        assertThat(export.blockedSenders()).containsExactly("alice@contoso.com", "printer@contoso.com");
        assertThat(export.latest()).isEqualTo(Instant.parse("2026-11-20T08:12:00Z"));
    }

    @Test
    void mailboxesGiveThePrimaryAddressAndTheForwardingAddressWithoutItsPrefix() throws InputException {
        ExportImport export = read("mailboxes.json");

        assertThat(export.kind()).isEqualTo(ExportKind.MAILBOXES);
        assertThat(export.mailboxes()).containsExactly(
                new ExportedMailbox("alice@contoso.com", "alice@contoso.com", "alice.home@gmail.example", null, true),
                new ExportedMailbox("dave@contoso.onmicrosoft.com", "dave@contoso.onmicrosoft.com", null, null, false),
                new ExportedMailbox("erin@contoso.com", "Erin@Contoso.com", "erin@outlook.example", null, false));
    }

    @Test
    void theLimitsEnforcementStatusIsReadAsTheCmdletWritesIt() throws InputException {
        ExportImport export = read("limits-enforcement-status.json");

        assertThat(export.kind()).isEqualTo(ExportKind.LIMITS_ENFORCEMENT_STATUS);
        assertThat(export.limits()).isEqualTo(new LimitsEnforcementStatus(24_000L, 22_059L, "Exceeded", true));
    }

    @Test
    void theUsersWorthALookAreTheSendersTheForwardingMailboxesAndTheRestrictedSendersAndWhoIsNotListedIsNotRestricted() {
        TenantFacts facts = importWith("mailboxes.json", "blocked-senders.json").facts();

        assertThat(facts.users()).containsExactly(
                new User("alice@contoso.com", true, false, null, "alice@contoso.com",
                        List.of(new Forwarding("alice.home@gmail.example", ForwardingMethod.MAILBOX)), null),
                new User("erin@contoso.com", false, null, null, "erin@contoso.com",
                        List.of(new Forwarding("erin@outlook.example", ForwardingMethod.MAILBOX)), null),
                new User("printer@contoso.com", true, null, null));
    }

    @Test
    void withTheRegistrationReportAloneTheUsersAreTheSendersAsBefore() {
        assertThat(importWith().facts().users()).containsExactly(new User("alice@contoso.com", null, false, null));
    }

    @Test
    void theImportedSectionsAreWrittenAndLoadBackToTheSameFacts() throws FactFileException {
        ImportResult result = importWith("outbound-spam-policies.json", "limits-enforcement-status.json", "mailboxes.json",
                "blocked-senders.json");
        String yaml = FactFileWriter.write(result);

        assertThat(FactFileLoader.standard().load("imported.yaml", yaml).facts()).isEqualTo(result.facts());
        assertThat(yaml).contains("outboundSpamPolicies:", "    autoForwardingMode: \"On\"", "limitsEnforcementStatus:",
                "  observedValue: 24000", "        by: mailbox", "    restricted: true",
                "# Get-HostedOutboundSpamFilterPolicy: " + EXPORTS.resolve("outbound-spam-policies.json"));
    }
}
