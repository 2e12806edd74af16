package org.mailblock.bench;

import org.mailblock.engine.inspect.Workbench;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.mailblock.engine.DiagnosisEngine;

/**
 * Measures the warm rebuild of a rule base in one JVM: compiling the rule folder again, as an
 * author's edit-and-rerun loop or a service reloading its rules does. Prints the median, the
 * fastest and the slowest of RUNS timed builds after WARMUP untimed ones, for the engine
 * compiling the folder ({@code .withoutRuleCache()}), the engine finding it in the rule cache
 * (unchanged rules), and the authoring {@code Workbench} (classic DRL, every rule parsed, warnings kept).
 *
 * <p>{@code mvn -q -Pbench test-compile exec:exec -Dbench.main=org.mailblock.bench.RebuildBenchmark -Dbench.args="15 rules"}
 */
public final class RebuildBenchmark {

    private static final int WARMUP = 5;

    private RebuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path rules = Path.of(args.length > 1 ? args[1] : "rules");
        int ruleCount = DiagnosisEngine.builder().rulesDirectory(rules).build().rules().size();
        System.out.printf(Locale.ROOT, "warm rebuild of %s (%d rules), %d warm-up builds, then %d timed%n", rules, ruleCount, WARMUP, runs);
        report("engine, compiled (rulesDirectory().withoutRuleCache())", time(runs,
                () -> DiagnosisEngine.builder().rulesDirectory(rules).withoutRuleCache().build()));
        report("engine, cached   (rulesDirectory(), unchanged rules)  ", time(runs,
                () -> DiagnosisEngine.builder().rulesDirectory(rules).build()));
        report("workbench        (Workbench.open(), compile and parse)", time(runs, () -> Workbench.open(rules)));
    }

    private interface Build {
        Object run() throws Exception;
    }

    private static double[] time(int runs, Build build) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            build.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Object built = build.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
            if (built == null) {
                throw new IllegalStateException("nothing was built");
            }
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void report(String what, double[] ms) {
        double median = ms.length % 2 == 1 ? ms[ms.length / 2] : (ms[ms.length / 2 - 1] + ms[ms.length / 2]) / 2;
        System.out.printf(Locale.ROOT, "%s: median %.0f ms, fastest %.0f ms, slowest %.0f ms%n", what, median, ms[0], ms[ms.length - 1]);
    }
}
