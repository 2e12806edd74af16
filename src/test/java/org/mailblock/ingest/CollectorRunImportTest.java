package org.mailblock.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Evidence;
import org.mailblock.diagnosis.RootCause;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.facts.TenantFacts;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;
import org.mailblock.load.SchemaValidity;
import org.mailblock.report.TextReport;

/**
 * A whole collector run (src/test/resources/collector-run, one tenant with restricted users, a connector created
 * by a compromised admin, and forwarding) imported with its bounce: every section the collector covers is filled,
 * the file follows the schema, and the diagnosis names the restricted users, the connector's creator and the forwarding.
 */
class CollectorRunImportTest {

    static final Path RUN = Path.of("src/test/resources/collector-run");
    static final Path BOUNCE = Path.of("src/test/resources/ingest/e2e/threshold-bounce-only/bounce-5.7.705.eml");
    private static final Path EXPECTED = Path.of("src/test/resources/ingest/e2e/collector-run/imported.yaml");

    private static ImportResult result;
    private static String written;
    private static Diagnosis diagnosis;

    @BeforeAll
    static void importAndDiagnose() throws Exception {
        result = new FactImporter().importInputs(new ImportRequest(List.of(BOUNCE), List.of(RUN), null, null));
        written = FactFileWriter.write(result);
        TenantFacts facts = FactFileLoader.standard().load("imported.yaml", written).facts();
        diagnosis = DiagnosisEngine.builder().build().diagnose(facts);
    }

    @Test
    void everyExportOfTheRunIsImportedAndNoneFails() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.exports()).extracting(e -> Path.of(e.source()).getFileName().toString())
                .containsExactlyInAnyOrder("accepted-domains.json", "inbound-connectors.json", "outbound-connectors.json",
                        "blocked-senders.json", "blocked-connectors.json", "limits-enforcement-status.json", "outbound-spam-policies.json",
                        "mailbox-forwarding.json", "inbox-rules.json", "connector-audit.json", "tenant-block-list.json", "message-trace.json",
                        "registration.json", "directory-roles.json", "organization.json", "subscribed-skus.json", "subscriptions.json",
                        "risky-users.json", "manifest.json");
    }

    @Test
    void everySectionTheCollectorCoversIsFilled() {
        TenantFacts facts = result.facts();
        assertThat(facts.knownSections()).contains("ndrs", "sendingDomains", "acceptedDomains", "connectors", "admins", "users",
                "subscription", "outboundSpamPolicies", "limitsEnforcementStatus");
        assertThat(facts.tenant().name()).isEqualTo("litwareinc.onmicrosoft.com");
        assertThat(facts.tenant().trial()).isFalse();
        assertThat(facts.tenant().createdAt()).isNotNull();
        assertThat(facts.acceptedDomains()).allSatisfy(d -> assertThat(d.verified()).isTrue());
        assertThat(facts.connectors()).filteredOn(c -> c.name().equals("Relay Partner 7")).singleElement()
                .satisfies(c -> {
                    assertThat(c.createdBy()).isEqualTo("itadmin@litwareinc.com");
                    assertThat(c.restricted()).isTrue();
                });
        assertThat(facts.admins()).allSatisfy(a -> assertThat(a.roles()).isNotEmpty());
        assertThat(facts.users()).filteredOn(u -> Boolean.TRUE.equals(u.restricted())).extracting(u -> u.upn())
                .containsExactly("user@litwareinc.com", "sales@litwareinc.com");
        assertThat(facts.users()).filteredOn(u -> u.forwarding() != null).extracting(u -> u.upn())
                .containsExactly("user@litwareinc.com", "sales@litwareinc.com");
        assertThat(facts.subscription().purchasedLicenses()).isEqualTo(25L);
        assertThat(facts.collectedAt()).isEqualTo(result.exports().stream().filter(e -> e.contents().manifest() != null)
                .findFirst().orElseThrow().contents().manifest().finishedAt());
    }

    @Test
    void theWrittenFileFollowsTheSchemaAndLoadsBackToTheSameFacts() throws FactFileException {
        assertThat(SchemaValidity.errors(written)).as(written).isEmpty();
        assertThat(FactFileLoader.standard().load("imported.yaml", written).facts()).isEqualTo(result.facts());
    }

    @Test
    void theWrittenFileIsTheReviewedOne() throws IOException {
        // the folder's documentation files are noted as skipped; they are not part of the run, so those notes are not compared
        String withoutDocumentation = written.lines().filter(l -> !l.endsWith(": skipped, not a .json file"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        // the expected file is the reviewed import; regenerate it only after reading what changed
        assertThat(withoutDocumentation).isEqualTo(Files.readString(EXPECTED, StandardCharsets.UTF_8));
    }

    @Test
    void theDiagnosisNamesTheRestrictedUsers() {
        assertThat(evidence("compromised-accounts")).filteredOn(e -> e.fact().endsWith(".restricted"))
                .extracting(e -> e.args().get("user")).containsExactlyInAnyOrder("user@litwareinc.com", "sales@litwareinc.com");
    }

    @Test
    void theDiagnosisNamesTheAccountThatCreatedTheRogueConnector() {
        assertThat(evidence("malicious-inbound-connector")).filteredOn(e -> e.fact().endsWith(".createdBy"))
                .extracting(e -> e.args().get("user")).containsExactly("itadmin@litwareinc.com");
        // the same admin is at risk in Entra ID: the diagnosis counts it among the compromised accounts
        assertThat(cause("compromised-accounts").evidence()).extracting(e -> e.args().get("user")).contains("itadmin@litwareinc.com");
    }

    @Test
    void theDiagnosisNamesTheForwardingOfTheRestrictedUsers() {
        assertThat(evidence("compromised-accounts")).filteredOn(e -> e.fact().endsWith(".forwarding"))
                .extracting(e -> e.args().get("user")).containsExactlyInAnyOrder("user@litwareinc.com", "sales@litwareinc.com");
        assertThat(TextReport.render(diagnosis)).contains("invoices.copy@mailbox-drop.example", "sales.archive@freemail.example",
                "itadmin@litwareinc.com");
    }

    private static RootCause cause(String id) {
        return diagnosis.rootCauses().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " not concluded"));
    }

    private static List<Evidence> evidence(String cause) {
        return cause(cause).evidence();
    }
}
