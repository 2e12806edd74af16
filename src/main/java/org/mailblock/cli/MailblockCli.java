package org.mailblock.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Optional;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code mailblock} command. A thin shell over the same API services use: it parses
 * arguments, calls the loader, the engine and a report, and maps failures to exit codes.
 */
@Command(name = "mailblock",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Explains why an Exchange Online tenant is blocked from sending mail",
            "(550 5.7.705, 5.7.750 and related codes) and what to do, in which order."
        },
        subcommands = {DiagnoseCommand.class, PacketCommand.class, ImportCommand.class, CollectorCommand.class, CheckCommand.class,
            TestCommand.class, ExplainCommand.class, RulesCommand.class, NewCommand.class, SchemaCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class},
        footer = {"", "Run 'mailblock help diagnose' for the options of a command.", "", ExitCodes.OVERVIEW})
public final class MailblockCli implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Where {@code -} reads a fact file from. */
    private InputStream stdin = System.in;

    /** The engine being built on a second thread for this run, when the arguments ask for a diagnosis. */
    private Optional<EnginePrefetch> prefetch = Optional.empty();

    /** The command as picocli's man page and completion generators make it. */
    public MailblockCli() {
    }

    /** The command for one run: {@code in} for a fact file named {@code -}, and the engine being built for it, if any. */
    MailblockCli(InputStream in, Optional<EnginePrefetch> prefetch) {
        this.stdin = in;
        this.prefetch = prefetch;
    }

    @Override
    public void run() {
        // no subcommand is not a valid call; picocli prints the message and the usage
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'mailblock diagnose FILE'");
    }

    /** Runs the CLI with the given streams and returns the exit code; {@link #main} exits with it. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, System.in, out, err);
    }

    /** Runs the CLI with the given streams, {@code in} for a fact file named {@code -}, and returns the exit code. */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
            // the answer needs no command model: building picocli's for every subcommand was most of its start time
            for (String line : new VersionProvider().getVersion()) {
                out.println(line);
            }
            out.flush();
            return 0;
        }
        MailblockCli command = new MailblockCli(in, EnginePrefetch.start(args));
        CommandLine cli = commandLine(command, args);
        cli.setOut(out);
        cli.setErr(err);
        ExitPolicy policy = new ExitPolicy();
        cli.setExecutionExceptionHandler(policy);
        cli.setExitCodeExceptionMapper(policy);
        cli.setParameterExceptionHandler(new ShortUsage());
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            code = outOfMemory(err, cli.getParseResult());
        }
        if (out.checkError()) {
            // a full disk, a closed pipe: what reached standard output is incomplete, which must never look like success
            err.println("mailblock: cannot write to standard output (disk full, or the reader went away); what was written is incomplete.");
            code = code == ExitCodes.OK ? ExitCodes.BAD_INPUT : code;
        }
        err.flush();
        return code;
    }

    /**
     * picocli's model of the command, with only the subcommand the arguments start with when they name one
     * (building the model of every command took a fifth of a diagnosis' start); with all of them otherwise,
     * for the overview, {@code help}, completion and a mistyped command's nearest name.
     */
    static CommandLine commandLine(MailblockCli command, String[] args) {
        Command top = MailblockCli.class.getAnnotation(Command.class);
        Class<?> named = args.length == 0 ? null : Arrays.stream(top.subcommands())
                .filter(c -> c != CommandLine.HelpCommand.class && c != AutoComplete.GenerateCompletion.class)
                .filter(c -> Arrays.asList(c.getAnnotation(Command.class).name()).contains(args[0])
                        || Arrays.asList(c.getAnnotation(Command.class).aliases()).contains(args[0]))
                .findFirst().orElse(null);
        if (named == null) {
            return new CommandLine(command);
        }
        // the top command stays the user object the subcommand's @ParentCommand expects; its own options are not parsed here
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(top.name());
        CommandLine cli = new CommandLine(spec);
        cli.addSubcommand(named);
        return cli;
    }

    /** The one-line message for a run that ran out of memory, instead of a stack trace; returns the exit code. */
    private static int outOfMemory(PrintWriter err, CommandLine.ParseResult parsed) {
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        String command = parsed != null && parsed.subcommand() != null ? " " + parsed.subcommand().commandSpec().name() : "";
        err.println("mailblock" + command + ": out of memory: the input needs more than the " + heapMb + " MB of heap Java was given. "
                + "Give it more, for example MAILBLOCK_JAVA_OPTS=-Xmx" + Math.max(1, heapMb * 4 >> 10) + "g ./mailblock ... "
                + "(or java -Xmx" + Math.max(1, heapMb * 4 >> 10) + "g -jar mailblock-cli.jar ...), or split the input into smaller files.");
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    /** The engine being built for this run, if {@link EnginePrefetch} started one. */
    Optional<EnginePrefetch> prefetch() {
        return prefetch;
    }

    /** Standard input, or what a caller of {@link #run(String[], InputStream, PrintWriter, PrintWriter)} gave instead. */
    InputStream stdin() {
        return stdin;
    }

    /** Entry point of the {@code mailblock} executable. */
    public static void main(String[] args) {
        Terminal.detect();
        // straight to the file descriptor, not System.out, which hides write errors: a full disk must fail the run
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(new java.io.BufferedOutputStream(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16), java.nio.charset.StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }
}
