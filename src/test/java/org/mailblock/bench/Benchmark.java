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
 * Measures, in one JVM: warm diagnoses per second of a typical sample on one and two threads
 * (checking results against the single-threaded one), and for synthetic tenants of growing size
 * the time to load their YAML, the time to diagnose them, the heap they need, and how the time
 * grows per doubling of the NDR entries. Run it with {@code scripts/benchmark} or
 * {@code mvn -q -Pbench test-compile exec:exec -Dbench.args="SECONDS NDRS..."}.
 *
 * <p>Besides wall-clock rates it prints diagnoses per CPU-second, which stay comparable on a
 * machine where other processes compete for the cores.
 */
public final class Benchmark {

    private static final Path TYPICAL = Path.of("facts-samples/rogue-connector-after-admin-takeover.yaml");
    private static final int ROUNDS = 3;
    private static final int SCALE_ROUNDS = 5;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 100_000, 200_000};

        long t0 = System.nanoTime();
        DiagnosisEngine engine = DiagnosisEngine.builder().build();
        System.out.printf(Locale.ROOT, "engine with the packaged rules ready in %.0f ms (%d rules); max heap %d MB, %d cores, JVM options %s%n",
                ms(t0), engine.rules().size(), Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getRuntimeMXBean().getInputArguments());

        TenantFacts typical = FactFileLoader.standard().load(TYPICAL).facts();
        Diagnosis reference = engine.diagnose(typical);
        String referenceJson = JsonReport.render(reference);
        System.out.printf(Locale.ROOT, "== warm throughput, %s (%d s rounds after %d s warm-up; median of %d)%n",
                TYPICAL.getFileName(), seconds, 2 * seconds, ROUNDS);
        throughput(engine, typical, 1, 2 * seconds, reference, referenceJson);
        for (int threads = 1; threads <= 2; threads++) {
            Rate[] rounds = new Rate[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                rounds[i] = throughput(engine, typical, threads, seconds, reference, referenceJson);
            }
            Arrays.sort(rounds, (a, b) -> Double.compare(a.perSecond, b.perSecond));
            Rate median = rounds[ROUNDS / 2];
            System.out.printf(Locale.ROOT, "  %d thread%s: %,8.0f diagnoses/s   (%,.0f per CPU-second; rounds %s; every result equal to the single-threaded one)%n",
                    threads, threads == 1 ? " " : "s", median.perSecond, median.perCpuSecond,
                    String.join(" / ", Arrays.stream(rounds).map(r -> String.format(Locale.ROOT, "%.0f", r.perSecond)).toList()));
        }

        System.out.println("== synthetic tenants: users = NDR entries / 5, sending domains = / 50, connectors = / 500");
        System.out.println("  (warm: median of " + SCALE_ROUNDS + " after a first run; CPU: the diagnosing thread's own time, which other processes inflate less)");
        System.out.println("  NDR entries | YAML MB | load YAML ms | diagnose ms: first | warm | warm CPU | facts MB | peak heap MB | allocated MB | GCs | GC ms | per doubling: warm | warm CPU");
        Scale previous = null;
        int previousSize = 0;
        for (int ndrs : sizes) {
            Scale s = scale(engine, ndrs);
            String growth = previous == null ? "" : String.format(Locale.ROOT, "x%.2f | x%.2f",
                    perDoubling(s.warmMs, previous.warmMs, ndrs, previousSize), perDoubling(s.cpuMs, previous.cpuMs, ndrs, previousSize));
            System.out.printf(Locale.ROOT, "  %,11d | %7.1f | %12.0f | %18.0f | %4.0f | %8.0f | %8.0f | %12.0f | %12.1f | %3.0f | %5.0f | %s%n",
                    ndrs, s.yamlMb, s.loadMs, s.firstMs, s.warmMs, s.cpuMs, s.factsMb, s.peakMb, s.allocatedMb, s.gcs, s.gcMs, growth);
            previous = s;
            previousSize = ndrs;
        }
        System.out.println("  (peak heap: the whole heap in use at its peak while diagnosing, engine and facts included; summed over the heap pools, an upper bound;");
        System.out.println("   allocated: bytes the diagnosing thread allocated in one warm diagnosis; GCs, GC ms: collections and their time during one, medians)");
    }

    private record Rate(double perSecond, double perCpuSecond) {
    }

    private record Scale(double yamlMb, double loadMs, double firstMs, double warmMs, double cpuMs, double factsMb, double peakMb,
            double allocatedMb, double gcs, double gcMs) {
    }

    /** The factor by which the time grows when the size doubles. */
    private static double perDoubling(double time, double previousTime, int size, int previousSize) {
        return Math.pow(time / previousTime, 1 / (Math.log((double) size / previousSize) / Math.log(2)));
    }

    /** Diagnoses per second over the given seconds; every result must equal the single-threaded reference. */
    private static Rate throughput(DiagnosisEngine engine, TenantFacts facts, int threads, int seconds, Diagnosis reference,
            String referenceJson) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<Long>> results = new ArrayList<>();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                long n = 0;
                while (!stop.get()) {
                    Diagnosis d = engine.diagnose(facts);
                    // records compare deeply; every 256th result is also compared as rendered JSON, byte for byte
                    if (!d.equals(reference) || ((n & 255) == 0 && !JsonReport.render(d).equals(referenceJson))) {
                        throw new IllegalStateException("a result differed from the single-threaded one");
                    }
                    n++;
                }
                return n;
            }));
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        long total = 0;
        for (Future<Long> r : results) {
            total += r.get();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        pool.shutdown();
        return new Rate(total / wall, total / cpu);
    }

    private static Scale scale(DiagnosisEngine engine, int ndrs) throws Exception {
        TenantFacts generated = SyntheticTenant.generate(ndrs, ndrs / 5, Math.max(1, ndrs / 50), Math.max(1, ndrs / 500), 42);
        Path yaml = Files.createTempFile("mailblock-tenant-", ".yaml");
        double yamlMb;
        double[] loads = new double[ROUNDS];
        try {
            Files.writeString(yaml, SyntheticTenant.toYaml(generated));
            yamlMb = Files.size(yaml) / 1e6;
            FactFileLoader loader = FactFileLoader.standard();
            for (int i = 0; i < loads.length; i++) {
                long s = System.nanoTime();
                loader.load(yaml);
                loads[i] = ms(s);
            }
        } finally {
            Files.deleteIfExists(yaml);
        }
        generated = null;
        System.gc();
        long empty = usedHeap();
        TenantFacts facts = SyntheticTenant.generate(ndrs, ndrs / 5, Math.max(1, ndrs / 50), Math.max(1, ndrs / 500), 42);
        System.gc();
        long withFacts = usedHeap();
        double first = 0;
        double[] warm = new double[SCALE_ROUNDS];
        double[] cpu = new double[SCALE_ROUNDS];
        double[] allocated = new double[SCALE_ROUNDS];
        double[] gcs = new double[SCALE_ROUNDS];
        double[] gcMs = new double[SCALE_ROUNDS];
        long peak = 0;
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i <= SCALE_ROUNDS; i++) {
            System.gc();
            resetPeaks();
            long[] gc0 = collections();
            long a = threads.getCurrentThreadAllocatedBytes();
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            engine.diagnose(facts);
            double took = ms(s);
            double tookCpu = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            double tookBytes = threads.getCurrentThreadAllocatedBytes() - a;
            long[] gc1 = collections();
            peak = Math.max(peak, peakHeap());
            if (i == 0) {
                first = took;
            } else {
                warm[i - 1] = took;
                cpu[i - 1] = tookCpu;
                allocated[i - 1] = tookBytes / 1e6;
                gcs[i - 1] = gc1[0] - gc0[0];
                gcMs[i - 1] = gc1[1] - gc0[1];
            }
        }
        return new Scale(yamlMb, median(loads), first, median(warm), median(cpu), (withFacts - empty) / 1e6, peak / 1e6,
                median(allocated), median(gcs), median(gcMs));
    }

    /** Garbage collections so far and their accumulated time in ms, over all collectors. */
    private static long[] collections() {
        long count = 0;
        long time = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            time += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, time};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The peak of the heap pools since the last reset; pools peak at different moments, so this is an upper bound. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
