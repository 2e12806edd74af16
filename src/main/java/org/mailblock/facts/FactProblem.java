package org.mailblock.facts;

/**
 * One thing wrong with a set of facts, found by {@link FactsValidator}.
 *
 * @param path    where the problem is, in fact file terms, for example {@code connectors[1].createdAt};
 *                empty for the facts as a whole
 * @param message what is wrong and what was expected, in words a support analyst understands
 */
public record FactProblem(String path, String message) {
}
