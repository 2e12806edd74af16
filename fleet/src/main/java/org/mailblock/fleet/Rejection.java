package org.mailblock.fleet;

import java.util.List;

/**
 * Why a record could not be used.
 *
 * @param reason   one sentence for people
 * @param problems what was wrong, with positions where they are known
 */
public record Rejection(String reason, List<Problem> problems) {

    public Rejection {
        problems = List.copyOf(problems);
    }

    /** A rejection with a single problem. */
    static Rejection of(String reason, Problem problem) {
        return new Rejection(reason, List.of(problem));
    }
}
