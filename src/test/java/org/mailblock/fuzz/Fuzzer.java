package org.mailblock.fuzz;

import java.util.SplittableRandom;
import org.junit.jupiter.api.TestInfo;

/**
 * Runs one fuzz test: draws its cases from the budget's seed, checks each, and stops at the first
 * failure with a report that says how to repeat it. Each case has its own random source, made from
 * the seed and the case's number, so a case is the same whatever the cases before it did.
 *
 * <p>A failure is reported with the seed, the case's number, the sample it started from, the
 * changes made and the file they made, then the same after shrinking, and the command that runs
 * the test again with the same seed.
 */
public final class Fuzzer {

    private static final int SHOWN_BEFORE_SHRINKING = 2_000;
    private static final int SHOWN_AFTER_SHRINKING = 6_000;
    private static final int SHOWN_OF_A_MESSAGE = 2_000;

    private final String test;
    private final FactFileMutations.Family family;
    private final int cases;
    private final FuzzBudget budget;

    private Fuzzer(String test, FactFileMutations.Family family, int cases, FuzzBudget budget) {
        this.test = test;
        this.family = family;
        this.cases = cases;
        this.budget = budget;
    }

    /**
     * A run for the test being executed, with the budget the system properties ask for.
     *
     * @param testInfo    the running test, whose class and method the report names
     * @param family      what is changed in the valid files
     * @param normalCases the number of cases in the normal test suite
     * @return the run, not started
     */
    public static Fuzzer forTest(TestInfo testInfo, FactFileMutations.Family family, int normalCases) {
        String test = testInfo.getTestClass().orElseThrow().getSimpleName()
                + testInfo.getTestMethod().map(m -> "#" + m.getName()).orElse("");
        FuzzBudget budget = FuzzBudget.fromSystemProperties();
        return new Fuzzer(test, family, budget.cases(normalCases), budget);
    }

    /**
     * Checks every case, prints how they ended, and returns the counts.
     *
     * @param check what each case must satisfy
     * @param <O>   the ways a case can end well
     * @return how the cases ended
     * @throws AssertionError for the first case that fails, shrunk, with the command to repeat it
     */
    public <O> FuzzStatistics<O> run(FuzzCheck<O> check) {
        FuzzStatistics<O> statistics = new FuzzStatistics<>();
        for (int number = 1; number <= cases; number++) {
            FuzzCase fuzzCase = new FuzzCase(number, family.draw(new SplittableRandom(caseSeed(budget.seed(), number))));
            O outcome;
            try {
                outcome = check.outcomeOf(fuzzCase);
            } catch (Throwable failure) {
                throw reported(fuzzCase, failure, Shrinker.shrink(check, fuzzCase, failure));
            }
            statistics.record(fuzzCase.file(), outcome);
        }
        System.out.print(statistics.summary(test + " (" + family.name().toLowerCase() + ", seed " + budget.seed() + ")"));
        return statistics;
    }

    private AssertionError reported(FuzzCase fuzzCase, Throwable failure, Shrinker.Shrunk shrunk) {
        MutatedFactFile file = fuzzCase.file();
        byte[] content = file.content();
        MutatedFactFile small = shrunk.fuzzCase().file();
        byte[] smallContent = small.content();
        String report = "fuzz case " + fuzzCase.number() + " of " + cases + " failed (seed " + budget.seed()
                + ", " + family.name().toLowerCase() + " changes)\n"
                + "failure: " + bounded(String.valueOf(failure)) + "\n"
                + "sample: " + file.base().name() + "\n"
                + "changes: " + file.changes() + "\n"
                + "mutated file (" + content.length + " bytes):\n"
                + MutatedFactFile.show(content, SHOWN_BEFORE_SHRINKING) + "\n"
                + "---\n"
                + "shrunk in " + shrunk.steps() + " steps (" + shrunk.tries() + " tries, " + shrunk.millis() + " ms) to\n"
                + "changes: " + small.changes() + "\n"
                + "file (" + smallContent.length + " bytes):\n"
                + MutatedFactFile.show(smallContent, SHOWN_AFTER_SHRINKING) + "\n"
                + "failure of the shrunk file: " + bounded(String.valueOf(shrunk.failure())) + "\n"
                + "---\n"
                + "repeat: " + command();
        AssertionError error = new AssertionError(report, shrunk.failure());
        if (shrunk.failure() != failure) {
            error.addSuppressed(failure);
        }
        return error;
    }

    /** The command that runs this test again with the same seed, as many cases as this run. */
    private String command() {
        return "mvn -B test -Dtest='" + test + "' -D" + FuzzBudget.SEED + "=" + budget.seed()
                + (budget.scale() == 1 ? "" : " -D" + FuzzBudget.SCALE + "=" + budget.scale());
    }

    private static String bounded(String text) {
        return text.length() <= SHOWN_OF_A_MESSAGE ? text
                : text.substring(0, SHOWN_OF_A_MESSAGE) + "... (" + text.length() + " characters in all)";
    }

    /** The seed of one case: seed and number mixed (SplitMix64's finalizer), so nearby numbers give unrelated cases. */
    static long caseSeed(long seed, int number) {
        long z = seed + number * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
