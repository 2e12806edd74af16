package org.mailblock.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.facts.TenantFacts;
import org.mailblock.load.FactFileLoader;
import org.mailblock.report.JsonReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Warm diagnoses per second of a typical sample with one shared engine, as services call it; run
 * with {@code -t 1} and {@code -t 2} for one and two threads. The rendered JSON is included in
 * {@link #diagnoseAndRender} because a service returns it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DiagnoseBenchmark {

    private DiagnosisEngine engine;
    private TenantFacts typical;

    @Setup
    public void setUp() throws Exception {
        engine = DiagnosisEngine.builder().build();
        typical = FactFileLoader.standard().load(Path.of("facts-samples/rogue-connector-after-admin-takeover.yaml")).facts();
    }

    @Benchmark
    public Diagnosis diagnose() {
        return engine.diagnose(typical);
    }

    @Benchmark
    public String diagnoseAndRender() {
        return JsonReport.render(engine.diagnose(typical));
    }
}
