package org.mailblock.cli;

/** The CLI's exit codes; documented in docs/exit-codes.md and in {@code --help}, and stable. */
public final class ExitCodes {

    /** The diagnosis was made (finding a root cause is not an error). */
    public static final int OK = 0;
    /** Something unexpected went wrong inside mailblock. */
    public static final int INTERNAL_ERROR = 1;
    /** {@code mailblock test}: a sample failed its expectation, or coverage is below the threshold. */
    public static final int TESTS_FAILED = 1;
    /**
     * Bad usage, or a fact file that cannot be read or breaks the format; in a batch, any such file; or output that
     * could not be written (a file is then left as it was).
     */
    public static final int BAD_INPUT = 2;
    /** The rule base does not compile, or it broke while running (a looping rule, an unknown id). */
    public static final int RULES_BROKEN = 3;

    private ExitCodes() {
    }

    /** The codes every command uses, for the help of {@code mailblock} itself. */
    static final String OVERVIEW = """
            Exit codes, the same failure giving the same code in every command
            (each command's --help says what they mean for it):
              0  done (a diagnosis that finds a root cause is not an error)
              1  internal error; for test, also a sample that failed
              2  bad usage or bad input (the message names file:line:column,
                 <stdin>:line:column for a fact file read from -), or output
                 that could not be written (a full disk, a closed pipe)
              3  the rule base does not compile, or broke while running, or its
                 message bundles cannot be read; for check, errors were found""";

    /** The table printed at the end of the help of the commands that diagnose. */
    static final String HELP_TABLE = """
            Exit codes:
              0  diagnosis done (finding a root cause is not an error)
              1  internal error
              2  bad usage (a rule folder that does not exist) or bad fact file (the
                 message names file:line:column);
                 in a batch, any file that failed (the others are still reported)
              3  the rule base does not compile, or broke while running""";
}
