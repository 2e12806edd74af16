package org.mailblock.authoring.mutation;

import java.util.List;

/**
 * The outcome of mutation testing.
 *
 * @param samples   how many samples each mutant was tested against
 * @param results   every mutant's outcome, in file and line order
 * @param misdeclared declarations in the equivalents file that are wrong: a sample noticed the
 *                  mutant, or no mutant has that change
 * @param orderDependent samples whose diagnosis changed when rules were merely swapped out and back in
 *                  unchanged: their outcome depends on the order rules fire in, a flaw of the knowledge;
 *                  they judge no mutant from the moment that shows
 * @param millis    how long the run took
 */
public record MutationReport(int samples, List<MutationResult> results, List<String> misdeclared, List<String> orderDependent,
                             long millis) {

    /** How many mutants had this outcome. */
    public long count(MutationResult.Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).count();
    }

    /** The survivors, in file and line order. */
    public List<MutationResult> survivors() {
        return results.stream().filter(r -> r.verdict() == MutationResult.Verdict.SURVIVED).toList();
    }

    /** Killed mutants as a share of those that count (killed and survived), in percent; 100 when none count. */
    public double score() {
        long killed = count(MutationResult.Verdict.KILLED);
        long counted = killed + count(MutationResult.Verdict.SURVIVED);
        return counted == 0 ? 100.0 : 100.0 * killed / counted;
    }
}
