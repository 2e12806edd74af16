package org.mailblock.load;

import java.util.List;
import java.util.stream.Collectors;
import org.mailblock.facts.FactsValidator;

/**
 * A fact file could not be loaded. The message lists every problem, one per line, in the form
 * {@code file:line:column: path: message}.
 */
public final class FactFileException extends Exception {

    /** The problems, in the order they appear in the file. */
    private final List<FactFileProblem> problems;

    /**
     * Reports the given problems.
     *
     * @param problems what is wrong with the file; at least one
     */
    public FactFileException(List<FactFileProblem> problems) {
        this(problems, null);
    }

    /**
     * Reports the given problems, keeping the low-level failure that revealed them for debugging.
     *
     * @param problems what is wrong with the file; at least one
     * @param cause    the failure that revealed them, or {@code null}
     */
    public FactFileException(List<FactFileProblem> problems, Throwable cause) {
        super(formatAll(problems), cause);
        this.problems = List.copyOf(problems);
    }

    /**
     * The line that ends a list of problems: how many there are, and that more may follow when the loader
     * stopped at its limit ({@link FactsValidator#MAX_PROBLEMS}).
     */
    public static String summary(int problems) {
        String counted = problems >= FactsValidator.MAX_PROBLEMS
                ? "the first " + problems + " problems in the fact file (reading stops there; more may follow)"
                : problems + (problems == 1 ? " problem" : " problems") + " in the fact file";
        return counted + "; nothing was diagnosed.";
    }

    /**
     * The problems, in the order they appear in the file.
     *
     * @return the problems; never empty
     */
    public List<FactFileProblem> problems() {
        return problems;
    }

    private static String formatAll(List<FactFileProblem> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("a fact file exception needs at least one problem");
        }
        return problems.stream().map(FactFileProblem::format).collect(Collectors.joining("\n"));
    }
}
