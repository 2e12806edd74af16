package org.mailblock.authoring.mutation;

/**
 * What became of one mutant.
 *
 * @param mutant  the change
 * @param verdict whether a sample noticed it
 * @param detail  the sample that noticed it, the reason it is declared equivalent, or why it was left out
 */
public record MutationResult(Mutant mutant, Verdict verdict, String detail) {

    /** The outcomes of a mutant. */
    public enum Verdict {
        /** A sample's expectation failed: the tests would catch this mistake. */
        KILLED,
        /** Every sample still passed: a mistake like this would go unnoticed. */
        SURVIVED,
        /** Declared in the equivalents file as unable to change any outcome. */
        EQUIVALENT,
        /** The change does not compile; an author would see it at once. */
        STILLBORN
    }
}
