package org.mailblock.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an unexpected exception into one clear line and exit code 1. The stack trace is shown
 * only when the environment variable {@code MAILBLOCK_DEBUG} is set, for bug reports.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        cli.getErr().println("mailblock: internal error: " + e + ". Please report it with the command and the fact file;"
                + " set MAILBLOCK_DEBUG=1 to see where it happened.");
        if (System.getenv("MAILBLOCK_DEBUG") != null) {
            e.printStackTrace(cli.getErr());
        }
        return ExitCodes.INTERNAL_ERROR;
    }
}
