package org.mailblock.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The rule base cannot be used: a DRL file does not compile, or the catalogue is malformed. */
public class RuleBaseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    /** An exception listing every problem found. */
    public RuleBaseException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::format).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in file and line order. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
