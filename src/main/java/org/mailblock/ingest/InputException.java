package org.mailblock.ingest;

/** An input file that gave nothing to import; the other inputs are still imported. */
public final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient InputProblem problem;

    public InputException(InputProblem problem) {
        super(problem.format());
        this.problem = problem;
    }

    /** What is wrong, with the file it is about. */
    public InputProblem problem() {
        return problem;
    }
}
