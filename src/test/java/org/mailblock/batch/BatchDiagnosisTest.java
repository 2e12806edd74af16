package org.mailblock.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.diagnosis.Action;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.RootCause;
import org.mailblock.engine.DiagnoseOptions;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.load.FactFileLoader;
import org.mailblock.report.JsonReport;

class BatchDiagnosisTest {

    /** Copies of each sample: 5 (about 250 files in 5 folders) prove what 50 did, parallel, in order, tallied, in a tenth of the time. */
    static final int COPIES = 5;

    static DiagnosisEngine engine;
    static List<Path> samples;

    @TempDir
    Path dir;

    @BeforeAll
    static void engine() throws RuleBaseException, IOException {
        engine = DiagnosisEngine.builder().build();
        try (Stream<Path> files = Files.list(Path.of("facts-samples"))) {
            samples = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /**
     * Every sample under 5 tenant names (about 250 tenant files) in nested folders, plus one broken
     * file; returns the expected leading cause per file, in the batch's path order.
     */
    private Map<Path, String> writeTenants() throws Exception {
        Map<Path, String> expected = new LinkedHashMap<>();
        for (int copy = 0; copy < COPIES; copy++) {
            Path folder = Files.createDirectories(dir.resolve(String.format("region-%02d", copy % 5)).resolve(String.format("batch-%02d", copy)));
            for (Path sample : samples) {
                String yaml = Files.readString(sample);
                String tenant = FactFileLoader.standard().load(sample).facts().tenant().name();
                Path file = folder.resolve(sample.getFileName());
                Files.writeString(file, yaml.replace("name: " + tenant, "name: t" + copy + "-" + tenant));
                expected.put(file, null);
            }
        }
        return expected;
    }

    @Test
    void hundredsOfTenantsAreDiagnosedInParallelWithOneBrokenFileReportedAndNotFatal() throws Exception {
        Map<Path, String> written = writeTenants();
        Path broken = dir.resolve("region-02").resolve("broken.yaml");
        Files.writeString(broken, "mailblock: 1\ncollectedAt: 2026-11-20T10:00:00Z\ntenant:\n  name: broken.onmicrosoft.com\nndrs:\n  - code: 5.7.705\n    cuont: 3\n");

        List<Path> files = BatchInputs.expand(List.of(dir));
        assertThat(files).hasSize(written.size() + 1);
        assertThat(files).isSortedAccordingTo((a, b) -> a.toString().compareTo(b.toString()));

        BatchDiagnosis batch = new BatchDiagnosis(engine, FactFileLoader.standard(), DiagnoseOptions.DEFAULT, 2);
        List<Path> handedOn = new ArrayList<>();
        int[] lastProgress = {0};
        List<BatchOutcome> outcomes = batch.run(files, (file, d, facts) -> JsonReport.renderLine(d, file.toString()),
                o -> handedOn.add(o.file()), n -> {
                    synchronized (lastProgress) {
                        lastProgress[0] = Math.max(lastProgress[0], n);
                    }
                });

        assertThat(handedOn).containsExactlyElementsOf(files);
        assertThat(lastProgress[0]).isEqualTo(files.size());
        assertThat(batch.peakParallelism()).isGreaterThan(1);

        BatchSummary summary = BatchSummary.of(outcomes);
        assertThat(summary.files()).isEqualTo(written.size() + 1);
        assertThat(summary.diagnosed()).isEqualTo(written.size());
        assertThat(summary.failures()).hasSize(1);
        assertThat(summary.failures().get(0).file()).isEqualTo(broken);
        assertThat(summary.failures().get(0).failure().kind()).isEqualTo(BatchOutcome.Kind.BAD_INPUT);
        assertThat(summary.failures().get(0).failure().message()).contains(broken + ":7:5").contains("cuont");

        // every sample COPIES times: the tally is COPIES times each sample's own leading cause and next action
        Map<String, Integer> causes = new LinkedHashMap<>();
        Map<String, Integer> actions = new LinkedHashMap<>();
        for (Path sample : samples) {
            Diagnosis d = engine.diagnose(FactFileLoader.standard().load(sample).facts());
            causes.merge(d.leadingCause().map(RootCause::id).orElse(BatchSummary.NONE), COPIES, Integer::sum);
            actions.merge(d.nextAction().map(Action::id).orElse(BatchSummary.NONE), COPIES, Integer::sum);
        }
        assertThat(summary.byCause()).isEqualTo(causes);
        assertThat(summary.byNextAction()).isEqualTo(actions);
        assertThat(summary.byCause().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(written.size());
        // most frequent first
        assertThat(new ArrayList<>(summary.byCause().values())).isSortedAccordingTo((a, b) -> b - a);

        // each report names its file and the tenant written into it
        for (BatchOutcome o : outcomes) {
            if (o.ok()) {
                assertThat(o.report()).startsWith("{\"source\":\"" + o.file().toString().replace("\\", "\\\\") + "\"");
                assertThat(o.diagnosis().tenant()).startsWith("t");
            }
        }
    }

    @Test
    void theOrderOfResultsIsTheInputOrderWhateverOrderTheyFinishIn() throws Exception {
        List<Path> files = new ArrayList<>(samples);
        java.util.Collections.reverse(files);
        BatchDiagnosis batch = new BatchDiagnosis(engine, FactFileLoader.standard(), DiagnoseOptions.DEFAULT, 4);
        List<BatchOutcome> outcomes = batch.run(files, (file, d, facts) -> {
            if (file.equals(files.get(0))) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return d.tenant();
        }, o -> { }, n -> { });
        assertThat(outcomes).extracting(BatchOutcome::file).containsExactlyElementsOf(files);
    }

    @Test
    void aFolderWithoutFactFilesExpandsToNothingAndFilesStayInTheGivenOrder() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not a fact file");
        assertThat(BatchInputs.expand(List.of(dir))).isEmpty();
        Path b = samples.get(1);
        Path a = samples.get(0);
        assertThat(BatchInputs.expand(List.of(b, a))).containsExactly(b, a);
        Files.writeString(dir.resolve("x.yml"), "");
        assertThat(BatchInputs.expand(List.of(dir))).containsExactly(dir.resolve("x.yml"));
    }
}
