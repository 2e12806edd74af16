package org.mailblock.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mailblock.load.ClosestName;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What a call picocli cannot parse prints: the problem, the command or option a typo was probably meant to be,
 * and the command's synopsis with a pointer to its help, instead of the whole help. Exits 2.
 */
final class ShortUsage implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine cli = failure.getCommandLine();
        PrintWriter err = cli.getErr();
        ExitPolicy.visibleLines(failure.getMessage()).forEach(err::println);
        suggestion(failure).ifPresent(s -> err.println("Did you mean '" + s + "'?"));
        CommandLine.Help help = cli.getHelp();
        err.print(help.synopsisHeading());
        err.print(help.synopsis(help.synopsisHeadingLength()));
        err.println("See '" + cli.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /** The option or subcommand nearest to the first argument the command did not know, when one is a typo away. */
    static Optional<String> suggestion(ParameterException failure) {
        if (!(failure instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return Optional.empty();
        }
        CommandLine cli = failure.getCommandLine();
        String typed = unmatched.getUnmatched().get(0);
        if (typed.startsWith("-")) {
            String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
            List<String> names = new ArrayList<>();
            for (OptionSpec option : cli.getCommandSpec().options()) {
                if (!option.hidden()) {
                    names.addAll(List.of(option.names()));
                }
            }
            return ClosestName.among(name, names);
        }
        List<String> commands = cli.getSubcommands().entrySet().stream()
                .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden()).map(java.util.Map.Entry::getKey).toList();
        return ClosestName.among(typed, commands).map(c -> cli.getCommandSpec().qualifiedName() + " " + c);
    }
}
