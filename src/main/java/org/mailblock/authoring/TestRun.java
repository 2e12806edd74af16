package org.mailblock.authoring;

import java.util.List;

/**
 * Every sample's outcome, and the rule coverage when it was asked for.
 *
 * @param results  one per sample, in the order run
 * @param coverage the rule coverage, or {@code null} when not asked for
 */
public record TestRun(List<SampleResult> results, Coverage coverage) {

    /** Copies the list. */
    public TestRun {
        results = List.copyOf(results);
    }

    /** How many samples passed. */
    public long passed() {
        return results.stream().filter(SampleResult::passed).count();
    }

    /** How many samples failed their expectation. */
    public long failed() {
        return results.stream().filter(r -> r.outcome() == SampleResult.Outcome.FAIL).count();
    }

    /** How many samples could not be loaded or diagnosed. */
    public long errors() {
        return results.stream().filter(r -> r.outcome() == SampleResult.Outcome.ERROR).count();
    }

    /** Whether every sample passed. */
    public boolean allPassed() {
        return passed() == results.size();
    }
}
