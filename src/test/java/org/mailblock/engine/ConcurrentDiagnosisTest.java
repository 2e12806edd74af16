package org.mailblock.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.facts.TenantFacts;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;
import org.mailblock.report.JsonReport;
import org.mailblock.report.TextReport;

/**
 * One engine shared by many threads gives every caller exactly the bytes a single thread gets,
 * for every sample tenant, with and without the trace; a looping rule base is stopped and
 * reported in every thread, and leaves the engines running beside it undisturbed.
 */
class ConcurrentDiagnosisTest {

    private static final int THREADS = 8;
    /**
     * Each sample is diagnosed this many times per option, in shuffled order: with 50 samples, 800 diagnoses
     * over 8 threads, every sample beside others many times over; the 75 rounds this used to run took about a
     * minute on a busy machine for the same assertion.
     */
    private static final int ROUNDS = 8;
    private static final long SHUFFLE_SEED = 20_261_120L;
    private static final Duration GENEROUS = Duration.ofMinutes(2);

    private static DiagnosisEngine engine;
    private static List<Sample> samples;
    private static ExecutorService pool;

    @TempDir
    Path dir;

    /** A sample tenant and its single-threaded renderings, the reference for every thread. */
    private record Sample(String name, TenantFacts facts, Rendering plain, Rendering explained) {

        Rendering expected(DiagnoseOptions options) {
            return options.explain() ? explained : plain;
        }
    }

    /** The JSON and text reports of one diagnosis. */
    private record Rendering(String json, String text) {

        static Rendering of(Diagnosis diagnosis) {
            return new Rendering(JsonReport.render(diagnosis), TextReport.render(diagnosis));
        }
    }

    /** One diagnosis to run: which sample, with which options. */
    private record Job(Sample sample, DiagnoseOptions options) {
    }

    @BeforeAll
    static void diagnoseEverySampleOnOneThread() throws RuleBaseException {
        engine = DiagnosisEngine.builder().build();
        samples = sampleFiles().stream().map(ConcurrentDiagnosisTest::sample).toList();
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(1, TimeUnit.MINUTES);
    }

    @Test
    void eightThreadsSharingOneEngineRenderEverySampleByteForByteAsOneThreadDoes() {
        List<Job> jobs = shuffledJobs();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(20);
        assertThat(jobs).hasSizeGreaterThanOrEqualTo(THREADS * 100);

        List<String> mismatches = assertTimeoutPreemptively(GENEROUS, () -> runAll(jobs));

        assertThat(mismatches).as("diagnoses that differ from the single-threaded one").isEmpty();
    }

    @Test
    void aSecondEngineBuiltFromTheSameRulesRendersTheSameBytes() throws RuleBaseException {
        DiagnosisEngine second = DiagnosisEngine.builder().build();

        for (Sample sample : samples) {
            for (DiagnoseOptions options : List.of(DiagnoseOptions.DEFAULT, DiagnoseOptions.EXPLAIN)) {
                Rendering again = Rendering.of(second.diagnose(sample.facts(), options));
                assertThat(again).as("%s, explain=%s", sample.name(), options.explain())
                        .isEqualTo(sample.expected(options));
            }
        }
    }

    @Test
    void aLoopingRuleBaseIsStoppedInEveryThreadWhileTheSharedEngineKeepsItsResults() throws RuleBaseException {
        Path rules = RuleFolders.catalogueAnd(dir, "loop.drl", RuleFolders.fixture("loop.drl"));
        // a low bound keeps eight sessions of ever longer tenant names small in memory
        DiagnosisEngine looping = DiagnosisEngine.builder().rulesDirectory(rules).firingLimit(2_000, 0).build();
        Sample banned = samples.get(0);

        List<String> outcomes = assertTimeoutPreemptively(GENEROUS, () -> {
            List<Future<String>> calls = new ArrayList<>();
            for (int i = 0; i < THREADS * 3; i++) {
                Sample beside = samples.get(i % samples.size());
                calls.add(pool.submit(() -> loopOutcome(looping, banned.facts())));
                calls.add(pool.submit(() -> sameAsSingleThreaded(beside, DiagnoseOptions.DEFAULT)));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> call : calls) {
                results.add(call.get());
            }
            return results;
        });

        assertThat(outcomes).hasSize(THREADS * 6).allSatisfy(outcome -> assertThat(outcome).isEqualTo("ok"));
        // afterwards both engines still work: the looping one is still stopped, the good one unchanged
        assertThat(loopOutcome(looping, banned.facts())).isEqualTo("ok");
        assertThat(Rendering.of(engine.diagnose(banned.facts(), DiagnoseOptions.EXPLAIN))).isEqualTo(banned.explained());
    }

    /** "ok" if the looping engine stopped with a report naming the rule; otherwise what happened instead. */
    private static String loopOutcome(DiagnosisEngine looping, TenantFacts facts) {
        try {
            Diagnosis d = looping.diagnose(facts);
            return "a looping rule base returned a diagnosis of " + d.tenant();
        } catch (KnowledgeException e) {
            boolean named = e.rules().contains("echo-forever") && e.getMessage().contains("did not settle")
                    && e.getMessage().contains("echo-forever");
            return named ? "ok" : "the loop was reported without naming its rule: " + e.getMessage();
        }
    }

    private static String sameAsSingleThreaded(Sample sample, DiagnoseOptions options) {
        Rendering got = Rendering.of(engine.diagnose(sample.facts(), options));
        return got.equals(sample.expected(options)) ? "ok" : difference(sample, options, got);
    }

    private static List<String> runAll(List<Job> jobs) throws Exception {
        Queue<String> mismatches = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        int perWorker = (jobs.size() + THREADS - 1) / THREADS;
        for (int w = 0; w < THREADS; w++) {
            List<Job> share = jobs.subList(Math.min(jobs.size(), w * perWorker), Math.min(jobs.size(), (w + 1) * perWorker));
            workers.add(pool.submit(() -> {
                start.await();
                for (Job job : share) {
                    String outcome = sameAsSingleThreaded(job.sample(), job.options());
                    if (!outcome.equals("ok")) {
                        mismatches.add(outcome);
                    }
                }
                return null;
            }));
        }
        // all threads start together, so they really contend for the engine
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get();
        }
        return List.copyOf(mismatches);
    }

    private static List<Job> shuffledJobs() {
        List<Job> jobs = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Sample sample : samples) {
                jobs.add(new Job(sample, DiagnoseOptions.DEFAULT));
                jobs.add(new Job(sample, DiagnoseOptions.EXPLAIN));
            }
        }
        Collections.shuffle(jobs, new Random(SHUFFLE_SEED));
        return jobs;
    }

    private static String difference(Sample sample, DiagnoseOptions options, Rendering got) {
        Rendering expected = sample.expected(options);
        boolean jsonDiffers = !got.json().equals(expected.json());
        String want = jsonDiffers ? expected.json() : expected.text();
        String have = jsonDiffers ? got.json() : got.text();
        List<String> wantLines = want.lines().toList();
        List<String> haveLines = have.lines().toList();
        int line = 0;
        while (line < Math.min(wantLines.size(), haveLines.size()) && wantLines.get(line).equals(haveLines.get(line))) {
            line++;
        }
        return String.format("%s (explain=%s): %s report differs at line %d: expected [%s] but got [%s]", sample.name(),
                options.explain(), jsonDiffers ? "JSON" : "text", line + 1,
                line < wantLines.size() ? wantLines.get(line) : "end of report",
                line < haveLines.size() ? haveLines.get(line) : "end of report");
    }

    private static List<Path> sampleFiles() {
        try (Stream<Path> files = Files.list(Path.of("facts-samples"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sample sample(Path file) {
        try {
            TenantFacts facts = FactFileLoader.standard().load(file).facts();
            return new Sample(file.getFileName().toString(), facts,
                    Rendering.of(engine.diagnose(facts, DiagnoseOptions.DEFAULT)),
                    Rendering.of(engine.diagnose(facts, DiagnoseOptions.EXPLAIN)));
        } catch (FactFileException e) {
            return fail("sample %s does not load: %s", file, e.getMessage());
        }
    }
}
