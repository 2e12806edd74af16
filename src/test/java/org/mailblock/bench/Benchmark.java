package org.mailblock.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.facts.TenantFacts;
import org.mailblock.load.FactFileLoader;
import org.mailblock.report.JsonReport;

/**
 * Measures, in one JVM: warm diagnoses per second of a typical sample on one and two threads,
 * and the time and heap of a large synthetic tenant, next to the time to load it from YAML.
 * Run it with {@code scripts/benchmark} (which also times cold CLI runs) or
 * {@code mvn -q -Pbench test-compile exec:exec}.
 */
public final class Benchmark {

    private static final Path TYPICAL = Path.of("facts-samples/rogue-connector-after-admin-takeover.yaml");

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        int ndrs = intArg(args, 0, 100_000);
        int users = intArg(args, 1, 20_000);
        int domains = intArg(args, 2, 2_000);
        int connectors = intArg(args, 3, 200);

        long t0 = System.nanoTime();
        DiagnosisEngine engine = DiagnosisEngine.builder().build();
        System.out.printf(Locale.ROOT, "rule base compiled in the JVM: %.0f ms (%d rules)%n", ms(t0), engine.rules().size());

        TenantFacts typical = FactFileLoader.standard().load(TYPICAL).facts();
        String reference = JsonReport.render(engine.diagnose(typical));
        throughput(engine, typical, 1, 5, reference);
        throughput(engine, typical, 1, 5, reference);
        double one = throughput(engine, typical, 1, 5, reference);
        double two = throughput(engine, typical, 2, 5, reference);
        System.out.printf(Locale.ROOT, "warm throughput, %s: %.0f diagnoses/s on 1 thread, %.0f on 2 threads%n",
                TYPICAL.getFileName(), one, two);

        TenantFacts large = SyntheticTenant.generate(ndrs, users, domains, connectors, 42);
        Path yaml = Files.createTempFile("mailblock-large-", ".yaml");
        try {
            Files.writeString(yaml, SyntheticTenant.toYaml(large));
            FactFileLoader loader = FactFileLoader.standard();
            double[] loads = new double[3];
            for (int i = 0; i < loads.length; i++) {
                long s = System.nanoTime();
                loader.load(yaml);
                loads[i] = ms(s);
            }
            System.out.printf(Locale.ROOT, "large tenant (%,d NDR entries, %,d users, %,d sending domains, %,d connectors; %.1f MB of YAML)%n",
                    ndrs, users, domains, connectors, Files.size(yaml) / 1e6);
            System.out.printf(Locale.ROOT, "  load YAML:   %s ms (runs 1..3)%n", join(loads));
        } finally {
            Files.deleteIfExists(yaml);
        }

        double[] runs = new double[3];
        long peak = 0;
        Diagnosis d = null;
        for (int i = 0; i < runs.length; i++) {
            System.gc();
            long before = usedHeap();
            resetPeaks();
            long s = System.nanoTime();
            d = engine.diagnose(large);
            runs[i] = ms(s);
            peak = Math.max(peak, peakHeap() - before);
        }
        System.out.printf(Locale.ROOT, "  diagnose:    %s ms (runs 1..3; the first includes JIT warm-up)%n", join(runs));
        System.out.printf(Locale.ROOT, "  heap:        %.0f MB of facts; peak %.0f MB above that while diagnosing%n",
                factsHeapMb(ndrs, users, domains, connectors), peak / 1e6);
        System.out.printf(Locale.ROOT, "  result:      %d causes, %d actions, %d questions%n",
                d.rootCauses().size(), d.actions().size(), d.questions().size());
    }

    /** Diagnoses per second over the given seconds, checking every result against the reference. */
    private static double throughput(DiagnosisEngine engine, TenantFacts facts, int threads, int seconds, String reference)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<long[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                long n = 0;
                long mismatches = 0;
                while (!stop.get()) {
                    Diagnosis d = engine.diagnose(facts);
                    if ((n & 1023) == 0 && !JsonReport.render(d).equals(reference)) {
                        mismatches++;
                    }
                    n++;
                }
                return new long[] {n, mismatches};
            }));
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        long total = 0;
        for (Future<long[]> r : results) {
            long[] v = r.get();
            total += v[0];
            if (v[1] > 0) {
                throw new IllegalStateException(v[1] + " results differed from the single-threaded one");
            }
        }
        pool.shutdown();
        return total / ((System.nanoTime() - start) / 1e9);
    }

    private static double factsHeapMb(int ndrs, int users, int domains, int connectors) {
        System.gc();
        long before = usedHeap();
        TenantFacts kept = SyntheticTenant.generate(ndrs, users, domains, connectors, 42);
        System.gc();
        long after = usedHeap();
        if (kept.ndrs().isEmpty()) {
            throw new IllegalStateException();
        }
        return (after - before) / 1e6;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static String join(double[] values) {
        return String.join(" / ", Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
    }

    private static int intArg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }
}
