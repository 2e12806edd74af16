package org.mailblock.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailblock.facts.Admin;
import org.mailblock.facts.Subscription;
import org.mailblock.facts.SubscriptionStatus;
import org.mailblock.facts.TenantFacts;
import org.mailblock.facts.User;
import org.mailblock.load.FactFile;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;

class FactImporterTest {

    private static final Path BOUNCES = Path.of("src/test/resources/ingest/bounces");
    private static final Path EXPORTS = Path.of("src/test/resources/ingest/exports");

    private final FactImporter importer = new FactImporter();

    private static Path export(String name) {
        return EXPORTS.resolve(name);
    }

    private ImportResult importContosoTenant(Path... extraExports) {
        List<Path> exports = new java.util.ArrayList<>(List.of(export("accepted-domains.json"), export("inbound-connectors.json"),
                export("outbound-connector-single-object.json"), export("user-registration-details.json"), export("subscriptions.json")));
        exports.addAll(List.of(extraExports));
        return importer.importInputs(new ImportRequest(List.of(BOUNCES.resolve("exo-text-two-recipients.eml")), exports, null, null));
    }

    @Test
    void bouncesAndExportsMergeIntoOneTenant() {
        ImportResult result = importContosoTenant();

        assertThat(result.problems()).isEmpty();
        TenantFacts facts = result.facts();
        assertThat(facts.tenant().name()).isEqualTo("contoso.onmicrosoft.com");
        assertThat(facts.ndrs()).extracting(n -> n.code()).containsExactly("5.7.705", "5.7.750");
        assertThat(facts.acceptedDomains()).hasSize(4);
        assertThat(facts.connectors()).extracting(c -> c.name()).containsExactly("Partner relay", "From on-premises", "To on-premises");
        assertThat(facts.admins()).containsExactly(new Admin("admin@contoso.com", null, true), new Admin("helpdesk@contoso.com", null, false));
        assertThat(facts.users()).as("only the NDR senders are worth a look").containsExactly(new User("alice@contoso.com", null, false, null));
    }

    @Test
    void theLeastHealthyPaidSubscriptionGivesTheStatusAndAnyPaidOneMeansNoTrial() {
        TenantFacts facts = importContosoTenant().facts();

        assertThat(facts.subscription()).isEqualTo(new Subscription(SubscriptionStatus.WARNING, null, null));
        assertThat(facts.tenant().trial()).isFalse();
    }

    @Test
    void collectedAtIsTheNewestTimeInTheInputsUnlessGiven() {
        assertThat(importContosoTenant().facts().collectedAt()).isEqualTo(Instant.parse("2026-11-20T09:55:00Z"));

        Instant given = Instant.parse("2026-11-21T08:00:00Z");
        ImportResult result = importer.importInputs(new ImportRequest(List.of(BOUNCES.resolve("exo-text-two-recipients.eml")),
                List.of(), given, "contoso.onmicrosoft.com"));
        assertThat(result.facts().collectedAt()).isEqualTo(given);
        assertThat(result.provenance()).containsEntry("collectedAt", "given with --collected-at");
    }

    @Test
    void inputsThatFailAreReportedAndTheOthersStillImported() {
        ImportResult result = importer.importInputs(new ImportRequest(
                List.of(BOUNCES.resolve("exo-text-two-recipients.eml"), CorpusMessages.FOLDER.resolve("soe__is-not-bounce-01.eml"),
                        BOUNCES.resolve("truncated-inside-headers.eml")),
                List.of(export("malformed.json"), export("transport-rules.json"), export("accepted-domains.json")), null, null));

        assertThat(result.complete()).isTrue();
        assertThat(result.facts().ndrs()).hasSize(2);
        assertThat(result.facts().acceptedDomains()).hasSize(4);
        assertThat(result.problems()).extracting(InputProblem::format).satisfiesExactly(
                p -> assertThat(p).contains("soe__is-not-bounce-01.eml: is not a bounce message"),
                p -> assertThat(p).contains("truncated-inside-headers.eml: is truncated"),
                p -> assertThat(p).containsPattern("malformed\\.json:5:\\d+: malformed JSON"),
                p -> assertThat(p).contains("transport-rules.json: is not an export mailblock recognizes"));
    }

    @Test
    void anAddressTheFormatRefusesIsLeftOutAndTheRestOfTheConnectorKept() throws FactFileException {
        ImportResult result = importer.importInputs(new ImportRequest(List.of(BOUNCES.resolve("exo-text-two-recipients.eml")),
                List.of(export("inbound-connector-odd-address.json")), null, "contoso.onmicrosoft.com"));

        assertThat(result.facts().connectors().get(0).senderIpAddresses()).containsExactly("192.0.2.25");
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("inbound-connector-odd-address.json")
                .contains("Copier relay").contains("192.0.2.260").contains("left out"));
        FactFileLoader.standard().load("imported.yaml", FactFileWriter.write(result));
    }

    @Test
    void anExportNamedAsBounceAndABounceNamedAsExportAreReportedWithTheFix() {
        ImportResult result = importer.importInputs(new ImportRequest(List.of(export("subscriptions.json")),
                List.of(BOUNCES.resolve("exo-text-two-recipients.eml")), null, null));

        assertThat(result.problems()).extracting(InputProblem::message).satisfiesExactly(
                m -> assertThat(m).contains("name it after 'exo'"),
                m -> assertThat(m).contains("malformed JSON").contains("name it after 'ndr'"));
    }

    @Test
    void withoutAnyNdrNoFactFileIsMade() {
        ImportResult result = importer.importInputs(new ImportRequest(List.of(), List.of(export("accepted-domains.json")), null, null));

        assertThat(result.complete()).isFalse();
        assertThat(result.blockers()).anySatisfy(b -> assertThat(b).contains("no NDR"));
    }

    @Test
    void withoutExportsTheTenantIsTheOneTheBounceComesFrom() {
        ImportResult result = importer.importInputs(new ImportRequest(List.of(BOUNCES.resolve("exo-text-two-recipients.eml")),
                List.of(), null, null));

        assertThat(result.facts().tenant().name()).isEqualTo("contoso.onmicrosoft.com");
        assertThat(result.provenance().get("tenant.name")).contains("postmaster@contoso.onmicrosoft.com");
    }

    @Test
    void foldersAreReadFileByFileInNameOrder() {
        ImportResult result = importer.importInputs(new ImportRequest(List.of(BOUNCES.resolve("exo-text-two-recipients.eml")),
                List.of(Path.of("src/test/resources/ingest/e2e/trial-tenant/exports")), null, null));

        assertThat(result.exports()).extracting(e -> Path.of(e.source()).getFileName().toString())
                .containsExactly("accepted-domains.json", "subscriptions.json");
    }

    @Test
    void theWrittenFactFileLoadsBackToTheSameFacts() throws FactFileException {
        ImportResult result = importContosoTenant();
        String yaml = FactFileWriter.write(result);

        FactFile loaded = FactFileLoader.standard().load("imported.yaml", yaml);

        assertThat(loaded.facts()).isEqualTo(result.facts());
        assertThat(yaml).contains("# Get-InboundConnector: " + export("inbound-connectors.json"))
                .contains("code: \"5.7.705\"").contains("# from the message text");
    }

    @Test
    void aFileNameWithALineBreakCannotBreakTheFactFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path odd = dir.resolve("forwarded\nbounce #1.eml");
        java.nio.file.Files.copy(BOUNCES.resolve("exo-text-two-recipients.eml"), odd);

        ImportResult result = importer.importInputs(new ImportRequest(List.of(odd), List.of(), null, "contoso.onmicrosoft.com"));
        FactFile loaded = FactFileLoader.standard().load("imported.yaml", FactFileWriter.write(result));

        assertThat(loaded.facts()).isEqualTo(result.facts());
    }

    @Test
    void theSameInputsGiveTheSameBytes() {
        assertThat(FactFileWriter.write(importContosoTenant())).isEqualTo(FactFileWriter.write(importContosoTenant()));
    }
}
