package org.mailblock.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.load.FactFile;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;
import org.mailblock.verify.ExpectationCheck;

/**
 * A forwarded bounce and the exports an admin ran, imported and diagnosed, give the diagnosis of the
 * hand-written sample that describes the same tenant (facts-samples/trial-tenant-low-reputation-ip.yaml).
 */
class ImportThenDiagnoseTest {

    private static final Path INPUTS = Path.of("src/test/resources/ingest/e2e/trial-tenant");
    private static final Path SAMPLE = Path.of("facts-samples/trial-tenant-low-reputation-ip.yaml");

    private static DiagnosisEngine engine;

    @BeforeAll
    static void buildEngine() throws Exception {
        engine = DiagnosisEngine.builder().build();
    }

    private static FactFile imported() throws FactFileException {
        ImportResult result = new FactImporter().importInputs(new ImportRequest(
                List.of(INPUTS.resolve("bounce-5.7.708.eml")), List.of(INPUTS.resolve("exports")), null, null));
        assertThat(result.problems()).isEmpty();
        return FactFileLoader.standard().load("imported.yaml", FactFileWriter.write(result));
    }

    @Test
    void importedFactsGiveTheDiagnosisTheHandWrittenSampleExpects() throws FactFileException {
        FactFile sample = FactFileLoader.standard().load(SAMPLE);

        Diagnosis diagnosis = engine.diagnose(imported().facts());

        assertThat(ExpectationCheck.differences(sample.expectation(), diagnosis)).isEmpty();
    }

    @Test
    void importedFactsGiveTheSameCausesAndPlanAsTheSampleItself() throws FactFileException {
        Diagnosis fromSample = engine.diagnose(FactFileLoader.standard().load(SAMPLE).facts());
        Diagnosis fromImport = engine.diagnose(imported().facts());

        assertThat(fromImport.rootCauses()).extracting(c -> c.id() + " " + c.confidence().id())
                .containsExactlyElementsOf(fromSample.rootCauses().stream().map(c -> c.id() + " " + c.confidence().id()).toList());
        assertThat(fromImport.actions()).extracting(a -> a.id() + " " + a.status().id())
                .containsExactlyElementsOf(fromSample.actions().stream().map(a -> a.id() + " " + a.status().id()).toList());
        assertThat(fromImport.questions()).isEqualTo(fromSample.questions());
    }

    @Test
    void importedFactsMatchTheSampleWhereTheInputsHoldTheFact() throws FactFileException {
        var sample = FactFileLoader.standard().load(SAMPLE).facts();
        var facts = imported().facts();

        assertThat(facts.tenant().name()).isEqualTo(sample.tenant().name());
        assertThat(facts.tenant().trial()).isEqualTo(sample.tenant().trial());
        assertThat(facts.ndrs().get(0).code()).isEqualTo(sample.ndrs().get(0).code());
        assertThat(facts.ndrs().get(0).sender()).isEqualTo(sample.ndrs().get(0).sender());
        assertThat(facts.ndrs().get(0).recipient()).isEqualTo(sample.ndrs().get(0).recipient());
        assertThat(facts.ndrs().get(0).at()).isEqualTo(sample.ndrs().get(0).at());
    }
}
