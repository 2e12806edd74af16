package org.mailblock.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.facts.TenantFacts;
import org.mailblock.load.FactFile;
import org.mailblock.load.FactFileLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Synthetic tenants of growing size (users = NDR entries / 5, sending domains = / 50, connectors
 * = / 500): the time to diagnose them after warm-up, and the time to load the same tenant from its
 * YAML, so that the engine's share of a large run is visible.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LargeTenantBenchmark {

    @Param({"10000", "100000", "200000"})
    public int ndrs;

    private DiagnosisEngine engine;
    private TenantFacts facts;
    private Path yaml;
    private FactFileLoader loader;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        engine = DiagnosisEngine.builder().build();
        facts = SyntheticTenant.generate(ndrs, ndrs / 5, Math.max(1, ndrs / 50), Math.max(1, ndrs / 500), 42);
        yaml = Files.createTempFile("mailblock-tenant-", ".yaml");
        Files.writeString(yaml, SyntheticTenant.toYaml(facts));
        loader = FactFileLoader.standard();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        Files.deleteIfExists(yaml);
    }

    @Benchmark
    public Diagnosis diagnose() {
        return engine.diagnose(facts);
    }

    @Benchmark
    public FactFile loadYaml() throws Exception {
        return loader.load(yaml);
    }
}
