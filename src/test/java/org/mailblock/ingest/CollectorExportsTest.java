package org.mailblock.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mailblock.facts.Admin;
import org.mailblock.facts.Connector;
import org.mailblock.facts.Direction;
import org.mailblock.ingest.export.BlockedConnector;
import org.mailblock.ingest.export.ConnectorChange;
import org.mailblock.ingest.export.DirectoryRole;
import org.mailblock.ingest.export.ExportImport;
import org.mailblock.ingest.export.ExportKind;
import org.mailblock.ingest.export.ExportReader;
import org.mailblock.ingest.export.InboxRuleForwarding;
import org.mailblock.ingest.export.PrivilegedUser;
import org.mailblock.ingest.export.RiskyUser;
import org.mailblock.ingest.export.SubscribedSku;
import org.mailblock.ingest.export.TracedDomain;

/** Each export the collector writes is recognized by its property names and gives what it holds, and only that. */
class CollectorExportsTest {

    private static final Path RUN = CollectorRunImportTest.RUN;
    private static final Path PS51 = Path.of("src/test/resources/collector-run-ps51");
    private static final Path EXPORTS = Path.of("src/test/resources/ingest/exports");

    private final ExportReader reader = new ExportReader();

    private ExportImport read(String file) throws InputException {
        return reader.read(RUN.resolve(file));
    }

    @Test
    void blockedConnectorsGiveTheirIdAndName() throws InputException {
        ExportImport export = read("blocked-connectors.json");

        assertThat(export.kind()).isEqualTo(ExportKind.BLOCKED_CONNECTORS);
        assertThat(export.contents().blockedConnectors())
                .containsExactly(new BlockedConnector("3f1c9a7e-58d2-4b6a-a0e4-9c2d7b1e6f05", "Relay Partner 7"));
    }

    @Test
    void inboxRulesGiveTheSmtpAddressesTheyForwardToAndNameTheDirectoryRecipientsTheyCannot() throws InputException {
        ExportImport export = read("inbox-rules.json");

        assertThat(export.kind()).isEqualTo(ExportKind.INBOX_RULES);
        assertThat(export.contents().inboxRules()).containsExactly(
                new InboxRuleForwarding("user", ".", true, List.of("invoices.copy@mailbox-drop.example")),
                new InboxRuleForwarding("user", "Newsletters", true, List.of()),
                new InboxRuleForwarding("user", "Old assistant", false, List.of()));
        assertThat(export.notes()).singleElement().asString().contains("'Old assistant'", "[EX:/o=ExchangeLabs", "no SMTP address");
    }

    @Test
    void theAuditLogGivesWhoCreatedChangedAndRemovedWhichConnectorWhen() throws InputException {
        ExportImport export = read("connector-audit.json");

        assertThat(export.kind()).isEqualTo(ExportKind.CONNECTOR_AUDIT);
        assertThat(export.contents().connectorChanges()).containsExactly(
                new ConnectorChange("Set", Direction.INBOUND, "Relay Partner 7", "itadmin@litwareinc.com", Instant.parse("2026-11-26T02:31:40Z")),
                new ConnectorChange("New", Direction.INBOUND, "Relay Partner 7", "itadmin@litwareinc.com", Instant.parse("2026-11-26T02:14:07Z")),
                new ConnectorChange("New", Direction.OUTBOUND, "To partner Fabrikam", "admin@litwareinc.onmicrosoft.com",
                        Instant.parse("2026-10-02T09:20:31Z")),
                new ConnectorChange("Remove", Direction.INBOUND, "Old scanner relay", "admin@litwareinc.onmicrosoft.com",
                        Instant.parse("2026-09-15T14:02:11Z")));
        assertThat(export.notes()).isEmpty();
    }

    @Test
    void anAuditRecordWhoseAuditDataIsNotJsonIsSkippedWithANote() throws InputException {
        String json = "[{\"CreationDate\":\"2026-11-26T02:14:07\",\"UserIds\":\"x@litwareinc.com\",\"Operations\":\"New-InboundConnector\","
                + "\"AuditData\":\"{not json\"},{\"CreationDate\":\"2026-11-26T02:14:07\",\"UserIds\":\"x@litwareinc.com\","
                + "\"Operations\":\"Set-TransportRule\",\"AuditData\":\"{}\"}]";
        ExportImport export = reader.read("audit.json", json.getBytes(StandardCharsets.UTF_8));

        assertThat(export.contents().connectorChanges()).isEmpty();
        assertThat(export.notes()).anyMatch(n -> n.contains("AuditData is not the JSON object")).anyMatch(n -> n.contains("Set-TransportRule"));
    }

    @Test
    void theTenantBlockListGivesTheBlockedSenders() throws InputException {
        ExportImport export = read("tenant-block-list.json");

        assertThat(export.kind()).isEqualTo(ExportKind.TENANT_BLOCK_LIST);
        assertThat(export.contents().blockListEntries()).containsExactly("billing-update@invoice-alerts.example", "prizes.example");
    }

    @Test
    void theGroupedMessageTraceGivesEachDomainsCountsAndTimes() throws InputException {
        ExportImport export = read("message-trace.json");

        assertThat(export.kind()).isEqualTo(ExportKind.MESSAGE_TRACE);
        assertThat(export.contents().tracedDomains()).hasSize(5).first().isEqualTo(new TracedDomain("litwareinc.com", "Delivered", 5120L,
                Instant.parse("2026-11-19T08:00:12Z"), Instant.parse("2026-11-29T07:39:55Z")));
    }

    @Test
    void directoryRolesGiveTheirMembersAndNameTheMembersWithoutAUserPrincipalName() throws InputException {
        ExportImport export = read("directory-roles.json");

        assertThat(export.kind()).isEqualTo(ExportKind.DIRECTORY_ROLES);
        assertThat(export.contents().directoryRoles()).containsExactly(
                new DirectoryRole("Global Administrator", List.of("admin@litwareinc.onmicrosoft.com")),
                new DirectoryRole("Exchange Administrator", List.of("itadmin@litwareinc.com")));
        assertThat(export.notes()).singleElement().asString().contains("d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6", "no UserPrincipalName");
    }

    @Test
    void theOrganizationGivesTheInitialDomainTheVerifiedDomainsAndWhenTheTenantWasCreated() throws InputException {
        ExportImport export = read("organization.json");

        assertThat(export.kind()).isEqualTo(ExportKind.ORGANIZATION);
        assertThat(export.initialDomain()).isEqualTo("litwareinc.onmicrosoft.com");
        assertThat(export.contents().organization().verifiedDomains()).containsExactly("litwareinc.com", "litwareinc.onmicrosoft.com");
        assertThat(export.contents().organization().createdAt()).isEqualTo(Instant.parse("2019-05-14T08:57:31Z"));
    }

    @Test
    void subscribedSkusTellWhichProductsHoldAnExchangeOnlineMailbox() throws InputException {
        ExportImport export = read("subscribed-skus.json");

        assertThat(export.kind()).isEqualTo(ExportKind.SUBSCRIBED_SKUS);
        // FLOW_FREE carries EXCHANGE_S_FOUNDATION, which gives no mailbox
        assertThat(export.contents().subscribedSkus()).containsExactly(new SubscribedSku("O365_BUSINESS_PREMIUM", true, 25L),
                new SubscribedSku("FLOW_FREE", false, 10000L));
    }

    @Test
    void riskyUsersAreAtRiskOnlyWhileTheirRiskStateSaysSo() throws InputException {
        ExportImport export = read("risky-users.json");

        assertThat(export.kind()).isEqualTo(ExportKind.RISKY_USERS);
        assertThat(export.contents().riskyUsers()).containsExactly(new RiskyUser("itadmin@litwareinc.com", "atRisk", "high"),
                new RiskyUser("sales@litwareinc.com", "remediated", "none"));
        assertThat(export.contents().riskyUsers()).extracting(RiskyUser::atRisk).containsExactly(true, false);
    }

    @Test
    void theManifestGivesTheRunsTimesTenantAndSteps() throws InputException {
        ExportImport export = read("manifest.json");

        assertThat(export.kind()).isEqualTo(ExportKind.COLLECTOR_MANIFEST);
        assertThat(export.contents().manifest().steps()).hasSize(18).allSatisfy(s -> assertThat(s.collected()).isTrue());
        assertThat(export.latest()).isEqualTo(Instant.parse("2026-11-29T07:58:41Z"));
        assertThat(export.initialDomain()).isEqualTo("litwareinc.onmicrosoft.com");
    }

    @Test
    void everyFileTheManifestNamesIsAnExportOfTheKindTheCollectorWritesThere() throws InputException {
        for (var step : read("manifest.json").contents().manifest().steps()) {
            ExportImport export = read(step.file());
            assertThat(ExportKind.ofCollectorFile(step.file())).as(step.file()).contains(export.kind());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"inbound-connectors.json", "connector-audit.json", "risky-users.json"})
    void windowsPowerShellsFilesGiveWhatPowerShell7sGive(String file) throws InputException, IOException {
        byte[] bytes = Files.readAllBytes(PS51.resolve(file));
        // UTF-8 with a byte order mark (Out-File -Encoding utf8), or UTF-16 LE with one (Out-File's default), and /Date(ms)/
        assertThat(bytes[0] == (byte) 0xEF || bytes[0] == (byte) 0xFF).isTrue();
        assertThat(new String(bytes, bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8)).contains("\\/Date(");

        ExportImport ps51 = reader.read(PS51.resolve(file));

        assertThat(ps51.contents()).isEqualTo(read(file).contents());
        assertThat(ps51.notes()).isEmpty();
    }

    @Test
    void aDateOutOfRangeIsLeftOutWithANoteInsteadOfStoppingTheImport(@TempDir Path dir) throws IOException {
        String connectors = Files.readString(RUN.resolve("inbound-connectors.json"))
                .replace("\"2024-03-10T10:00:00Z\"", "\"/Date(99999999999999999999)/\"")
                .replace("\"2026-11-26T02:14:07Z\"", "\"/Date(9223372036854775807)/\"")
                .replace("\"2026-11-26T02:31:40Z\"", "\"+10000-01-01T00:00:00Z\"");
        Files.writeString(dir.resolve("inbound-connectors.json"), connectors);
        Files.copy(RUN.resolve("accepted-domains.json"), dir.resolve("accepted-domains.json"));

        ImportResult result = new FactImporter().importInputs(new ImportRequest(List.of(CollectorRunImportTest.BOUNCE), List.of(dir), null, null));

        assertThat(result.problems()).isEmpty();
        assertThat(result.facts().connectors()).extracting(Connector::createdAt).containsOnlyNulls();
        assertThat(result.warnings()).filteredOn(w -> w.contains("outside the years 1 to 9999")).hasSize(3)
                .allSatisfy(w -> assertThat(w).startsWith(dir.resolve("inbound-connectors.json") + ": "));
        assertThat(FactFileWriter.write(result)).contains("name: \"Relay Partner 7\"");
    }

    @Test
    void scubaGearsSettingsGiveAcceptedDomainsConnectorsAndPrivilegedUsers() throws InputException {
        ExportImport export = reader.read(EXPORTS.resolve("scubagear-provider-settings.json"));

        assertThat(export.kind()).isEqualTo(ExportKind.SCUBAGEAR);
        assertThat(export.acceptedDomains()).extracting(d -> d.name()).containsExactly("contoso.com", "contoso.onmicrosoft.com");
        assertThat(export.connectors()).extracting(Connector::name, Connector::createdAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Partner relay", Instant.ofEpochMilli(1794971520000L)));
        assertThat(export.contents().privilegedUsers()).extracting(PrivilegedUser::displayName)
                .containsExactly("Tenant Admin", "Helpdesk", "Break Glass");
        assertThat(export.initialDomain()).isEqualTo("contoso.onmicrosoft.com");
        assertThat(export.latest()).isEqualTo(Instant.parse("2026-11-20T18:02:11Z"));
    }

    @Test
    void scubaGearsPrivilegedUsersBecomeAdminsWithRolesWhereTheRegistrationReportNamesThem() {
        ImportResult result = new FactImporter().importInputs(new ImportRequest(List.of(CollectorRunImportTest.BOUNCE),
                List.of(EXPORTS.resolve("scubagear-provider-settings.json"), EXPORTS.resolve("user-registration-details.json")), null, null));

        assertThat(result.facts().admins()).contains(new Admin("admin@contoso.com", List.of("Global Administrator"), true),
                new Admin("helpdesk@contoso.com", List.of("Exchange Administrator", "Security Reader"), false));
        assertThat(result.warnings()).anyMatch(w -> w.contains("5d4c3b2a-1908-4f7e-8d6c-5b4a39281706 (Break Glass)") && w.contains("left out"));
    }

    @Test
    void aStepTheCollectorSkippedSaysWhichFactsStayUnknownAndWhy(@TempDir Path dir) throws IOException {
        copyRun(dir);
        Files.delete(dir.resolve("risky-users.json"));
        rewriteManifest(dir, "\"name\": \"Get-MgRiskyUser\",\n      \"file\": \"risky-users.json\",\n      \"status\": \"collected\",\n      \"reason\": null",
                "\"name\": \"Get-MgRiskyUser\",\n      \"file\": \"risky-users.json\",\n      \"status\": \"skipped\",\n      \"reason\": \"no Entra ID P2 license\"");

        ImportResult result = importRun(dir);

        assertThat(result.warnings()).anyMatch(w -> w.contains("skipped Get-MgRiskyUser (no Entra ID P2 license); users[].signals (riskySignIn) stay unknown"));
        assertThat(result.facts().users()).allSatisfy(u -> assertThat(u.signals()).isNull());
    }

    @Test
    void aFileTheManifestSaysWasCollectedButIsMissingIsNamed(@TempDir Path dir) throws IOException {
        copyRun(dir);
        Files.delete(dir.resolve("connector-audit.json"));

        ImportResult result = importRun(dir);

        assertThat(result.warnings()).anyMatch(w -> w.contains("wrote connector-audit.json (Search-UnifiedAuditLog), but it was not imported; "
                + "connectors[].createdBy stay unknown"));
        assertThat(result.facts().connectors()).extracting(Connector::createdBy).containsOnlyNulls();
    }

    @Test
    void anEmptyFileOfACollectedStepMeansNone(@TempDir Path dir) throws IOException {
        copyRun(dir);
        Files.writeString(dir.resolve("blocked-connectors.json"), "[]\n");

        ImportResult result = importRun(dir);

        assertThat(result.problems()).isEmpty();
        assertThat(result.facts().connectors()).filteredOn(c -> c.direction() == Direction.INBOUND)
                .extracting(Connector::restricted).containsOnly(false);
    }

    @Test
    void anEmptyFileWithoutAManifestCannotBeToldAndIsReported(@TempDir Path dir) throws IOException {
        copyRun(dir);
        Files.delete(dir.resolve("manifest.json"));
        Files.writeString(dir.resolve("blocked-connectors.json"), "[]\n");

        ImportResult result = importRun(dir);

        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("holds no objects"));
        assertThat(result.facts().connectors()).extracting(Connector::restricted).containsOnlyNulls();
    }

    private static ImportResult importRun(Path dir) {
        return new FactImporter().importInputs(new ImportRequest(List.of(CollectorRunImportTest.BOUNCE), List.of(dir), null, null));
    }

    private static void copyRun(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(RUN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
    }

    private static void rewriteManifest(Path dir, String from, String to) throws IOException {
        String manifest = Files.readString(dir.resolve("manifest.json"));
        assertThat(manifest).contains(from);
        Files.writeString(dir.resolve("manifest.json"), manifest.replace(from, to));
    }
}
