package org.mailblock.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.mailblock.facts.FactProblem;

/** The facts given to the engine break the rules of fact file format v1; nothing was diagnosed. */
public final class InvalidFactsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<FactProblem> problems;

    /** An exception listing every problem found. */
    public InvalidFactsException(List<FactProblem> problems) {
        super(problems.stream().map(p -> p.path().isEmpty() ? p.message() : p.path() + ": " + p.message())
                .collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    /** The problems, each with the path of the field concerned. */
    public List<FactProblem> problems() {
        return problems;
    }
}
