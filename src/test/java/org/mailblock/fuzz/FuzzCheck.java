package org.mailblock.fuzz;

/**
 * What a fuzz test checks of one case: returns how the case ended when it ended well, throws
 * (an assertion error or anything else) when it did not.
 *
 * @param <O> the ways a case can end well
 */
@FunctionalInterface
public interface FuzzCheck<O> {

    /**
     * Checks one case.
     *
     * @param fuzzCase the case
     * @return how it ended
     * @throws Exception when the code under test fails in a way the check does not catch itself
     */
    O outcomeOf(FuzzCase fuzzCase) throws Exception;
}
