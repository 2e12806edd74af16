package org.mailblock.ingest;

import org.mailblock.expect.ExpectationCheck;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.facts.TenantFacts;
import org.mailblock.load.FactFile;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;

/**
 * Bounces and exports, imported and diagnosed, give the diagnosis of the hand-written sample that
 * describes the same tenant.
 */
class ImportThenDiagnoseTest {

    private static final Path E2E = Path.of("src/test/resources/ingest/e2e");

    /** The inputs an analyst would have for the tenant of a sample, and what they cannot tell. */
    record Case(String sample, List<Path> bounces, List<Path> exports, String tenant, Instant collectedAt) {
        @Override
        public String toString() {
            return sample;
        }

        Path samplePath() {
            return Path.of("facts-samples", sample + ".yaml");
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                // a trial tenant: the bounce, the accepted domains and the subscription say it all
                new Case("trial-tenant-low-reputation-ip", List.of(E2E.resolve("trial-tenant/bounce-5.7.708.eml")),
                        List.of(E2E.resolve("trial-tenant/exports")), null, null),
                // a forwarded bounce and nothing else; the tenant's name and the time come from the analyst
                new Case("threshold-with-nothing-else-known", List.of(E2E.resolve("threshold-bounce-only/bounce-5.7.705.eml")),
                        List.of(), "litwareinc.onmicrosoft.com", Instant.parse("2026-11-29T08:00:00Z")));
    }

    private static DiagnosisEngine engine;

    @BeforeAll
    static void buildEngine() throws Exception {
        engine = DiagnosisEngine.builder().build();
    }

    private static TenantFacts imported(Case c) throws FactFileException {
        ImportResult result = new FactImporter().importInputs(new ImportRequest(c.bounces(), c.exports(), c.collectedAt(), c.tenant()));
        assertThat(result.problems()).isEmpty();
        return FactFileLoader.standard().load("imported.yaml", FactFileWriter.write(result)).facts();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importedFactsGiveTheDiagnosisTheHandWrittenSampleExpects(Case c) throws FactFileException {
        FactFile sample = FactFileLoader.standard().load(c.samplePath());

        Diagnosis diagnosis = engine.diagnose(imported(c));

        assertThat(ExpectationCheck.differences(sample.expectation(), diagnosis)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importedFactsGiveTheSameCausesPlanAndQuestionsAsTheSampleItself(Case c) throws FactFileException {
        Diagnosis fromSample = engine.diagnose(FactFileLoader.standard().load(c.samplePath()).facts());
        Diagnosis fromImport = engine.diagnose(imported(c));

        assertThat(fromImport.rootCauses()).extracting(r -> r.id() + " " + r.confidence().id())
                .containsExactlyElementsOf(fromSample.rootCauses().stream().map(r -> r.id() + " " + r.confidence().id()).toList());
        assertThat(fromImport.actions()).extracting(a -> a.id() + " " + a.status().id())
                .containsExactlyElementsOf(fromSample.actions().stream().map(a -> a.id() + " " + a.status().id()).toList());
        assertThat(fromImport.questions()).isEqualTo(fromSample.questions());
    }

    @Test
    void theTrialTenantsFactsMatchTheSampleWhereTheInputsHoldThem() throws FactFileException {
        Case trial = cases().findFirst().orElseThrow();
        TenantFacts sample = FactFileLoader.standard().load(trial.samplePath()).facts();
        TenantFacts facts = imported(trial);

        assertThat(facts.tenant().name()).isEqualTo(sample.tenant().name());
        assertThat(facts.tenant().trial()).isEqualTo(sample.tenant().trial());
        assertThat(facts.ndrs().get(0).code()).isEqualTo(sample.ndrs().get(0).code());
        assertThat(facts.ndrs().get(0).sender()).isEqualTo(sample.ndrs().get(0).sender());
        assertThat(facts.ndrs().get(0).recipient()).isEqualTo(sample.ndrs().get(0).recipient());
        assertThat(facts.ndrs().get(0).at()).isEqualTo(sample.ndrs().get(0).at());
    }
}
