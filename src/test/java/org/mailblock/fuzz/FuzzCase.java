package org.mailblock.fuzz;

/**
 * One case of a fuzz run.
 *
 * @param number the case's number in its run, from 1; with the run's seed it determines the file
 * @param file   the mutated file to check
 */
public record FuzzCase(int number, MutatedFactFile file) {

    /**
     * The same case with another file, as shrinking tries smaller ones.
     *
     * @param smaller the file to check instead
     * @return the case
     */
    FuzzCase with(MutatedFactFile smaller) {
        return new FuzzCase(number, smaller);
    }
}
