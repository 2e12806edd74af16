package org.mailblock.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.mailblock.engine.InvalidFactsException;
import org.mailblock.engine.KnowledgeException;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.RuleFolderException;
import org.mailblock.engine.RuleProblem;
import org.mailblock.i18n.MessageBundleException;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileProblem;
import org.mailblock.facts.VisibleText;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;

/**
 * The one place that turns a failure into its message and exit code, for every command: the same
 * failure gives the same code and the same message whichever command met it. Unexpected exceptions
 * give one line and exit 1; their stack trace only when {@code MAILBLOCK_DEBUG} is set, for bug reports.
 */
final class ExitPolicy implements IExitCodeExceptionMapper, IExecutionExceptionHandler {

    @Override
    public int getExitCode(Throwable failure) {
        Throwable e = unwrap(failure);
        // a missing rule folder is bad usage, unlike a folder whose rules do not compile
        if (e instanceof CommandLine.ParameterException || e instanceof UsageError || e instanceof RuleFolderException
                || e instanceof FactFileException || e instanceof InvalidFactsException) {
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof RuleBaseException || e instanceof KnowledgeException || e instanceof MessageBundleException) {
            return ExitCodes.RULES_BROKEN;
        }
        return ExitCodes.INTERNAL_ERROR;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine cli, ParseResult parsed) {
        return report(failure, cli);
    }

    /** Prints the failure's message to the command's standard error and returns its exit code. */
    static int report(Exception failure, CommandLine cli) {
        PrintWriter err = cli.getErr();
        messages(failure, cli.getCommandName()).forEach(l -> visibleLines(l).forEach(err::println));
        int code = new ExitPolicy().getExitCode(failure);
        if (code == ExitCodes.INTERNAL_ERROR && System.getenv("MAILBLOCK_DEBUG") != null) {
            failure.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** What the user reads about the failure. */
    static List<String> messages(Exception failure, String command) {
        Throwable e = unwrap(failure);
        String in = failure instanceof InFactFile f ? VisibleText.of(f.source()) + ": " : "";
        List<String> lines = new ArrayList<>();
        if (e instanceof UsageError) {
            lines.add("mailblock " + command + ": " + e.getMessage());
        } else if (e instanceof RuleFolderException r) {
            r.problems().stream().map(RuleProblem::format).forEach(lines::add);
        } else if (e instanceof RuleBaseException r) {
            r.problems().stream().map(RuleProblem::format).forEach(lines::add);
            lines.add("mailblock: the rule base does not compile; nothing was diagnosed.");
        } else if (e instanceof FactFileException f) {
            f.problems().stream().map(FactFileProblem::format).forEach(lines::add);
            lines.add("mailblock: " + FactFileException.summary(f.problems().size()));
        } else if (e instanceof InvalidFactsException) {
            lines.add(in + e.getMessage());
        } else if (e instanceof KnowledgeException) {
            lines.add((in.isEmpty() ? "mailblock: " : in) + "the rule base broke while diagnosing: " + e.getMessage());
        } else if (e instanceof MessageBundleException) {
            lines.add(e.getMessage());
            lines.add("mailblock: the message bundles cannot be read; nothing was diagnosed.");
        } else {
            lines.add("mailblock: internal error: " + e + ". Please report it with the command and the fact file;"
                    + " set MAILBLOCK_DEBUG=1 to see where it happened.");
        }
        return lines;
    }

    /** A message's lines, each with what would drive the terminal or hide in the text (from a file name, say) escaped. */
    static List<String> visibleLines(String message) {
        return java.util.Arrays.stream(message.split("\n", -1)).map(VisibleText::of).toList();
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof InFactFile && failure.getCause() != null ? failure.getCause() : failure;
    }
}
