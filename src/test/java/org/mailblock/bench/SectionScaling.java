package org.mailblock.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.facts.TenantFacts;

/**
 * How the engine's work grows with each section of the fact file alone: starting from a base tenant,
 * one section (NDR entries, users, sending domains, connectors, admins) is doubled again and again while
 * the others stay as they are, and each doubling's growth of the diagnosing thread's CPU time is
 * printed. Linear work doubles (x2.0); a join of a section with itself shows as x4 per doubling.
 * Run it with {@code scripts/scale} or
 * {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=org.mailblock.bench.SectionScaling -Dbench.args="DOUBLINGS"}.
 */
public final class SectionScaling {

    /** A section of the fact file and its size in the base tenant. */
    public enum Section {
        NDRS("ndrs", 2_000), USERS("users", 1_000), DOMAINS("sendingDomains", 100), CONNECTORS("connectors", 1_000), ADMINS("admins", 100);

        final String field;
        final int base;

        Section(String field, int base) {
            this.field = field;
            this.base = base;
        }

        public int base() {
            return base;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SectionScaling() {
    }

    /** The base tenant with one section multiplied by {@code factor}; connectors include the ones nobody recognizes. */
    public static TenantFacts tenant(Section scaled, int factor) {
        Map<Section, Integer> sizes = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            sizes.put(s, s == scaled ? s.base * factor : s.base);
        }
        return SyntheticTenant.generate(sizes.get(Section.NDRS), sizes.get(Section.USERS), sizes.get(Section.DOMAINS),
                sizes.get(Section.CONNECTORS), sizes.get(Section.ADMINS), true, 42);
    }

    /** The least CPU time, in milliseconds, the current thread spends diagnosing the facts in {@code runs} runs. */
    public static double cpuMs(DiagnosisEngine engine, TenantFacts facts, int runs) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            engine.diagnose(facts);
            best = Math.min(best, (THREADS.getCurrentThreadCpuTime() - start) / 1e6);
        }
        return best;
    }

    public static void main(String[] args) throws Exception {
        int doublings = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        DiagnosisEngine engine = DiagnosisEngine.builder().build();
        System.out.printf(Locale.ROOT, "== engine work per section, %d doublings each (CPU time of the diagnosing thread, least of %d runs; "
                + "max heap %d MB, %d cores)%n", doublings, runs, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        System.out.println("   base: " + String.join(", ", Arrays.stream(Section.values()).map(s -> s.field + " " + s.base).toList()));
        // one large run first, so that the first row is not the JIT's warm-up
        cpuMs(engine, tenant(Section.NDRS, 1 << doublings), 1);
        double worst = 0;
        String worstSection = "";
        for (Section section : Section.values()) {
            System.out.printf(Locale.ROOT, "  %-15s | %9s | %10s | %s%n", section.field, "size", "CPU ms", "per doubling");
            double previous = 0;
            double sectionWorst = 0;
            for (int d = 0; d <= doublings; d++) {
                int factor = 1 << d;
                double ms = cpuMs(engine, tenant(section, factor), runs);
                String growth = previous == 0 ? "" : String.format(Locale.ROOT, "x%.2f", ms / previous);
                if (previous > 0 && d > 1) {
                    sectionWorst = Math.max(sectionWorst, ms / previous);
                }
                System.out.printf(Locale.ROOT, "  %-15s | %,9d | %,10.1f | %s%n", "", section.base * factor, ms, growth);
                previous = ms;
            }
            System.out.printf(Locale.ROOT, "  %-15s   worst growth per doubling after the first: x%.2f%s%n", "", sectionWorst,
                    sectionWorst > 2.8 ? "  <- grows faster than linearly" : "");
            if (sectionWorst > worst) {
                worst = sectionWorst;
                worstSection = section.field;
            }
        }
        System.out.printf(Locale.ROOT, "== worst growth per doubling: x%.2f (%s); linear work gives x2, a self-join x4%n", worst, worstSection);
    }
}
