package org.mailblock.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.engine.DiagnoseOptions;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.load.FactFile;
import org.mailblock.load.FactFileException;
import org.mailblock.report.ReportFormat;
import org.mailblock.report.Reports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailblock packet}: the evidence for a support case asking Microsoft to lift the block. */
@Command(name = "packet",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Put together the support-case packet for asking Microsoft Support to lift a sending block.",
            "",
            "It holds the NDR codes and counts, what was found (the causes and their evidence), what was done "
                + "(the steps the facts show as done, and which facts show it), what remains, and the questions "
                + "Support will ask. While required steps are still open, it says plainly that the request is "
                + "premature and lists them; when the tenant is not banned, that no request is needed.",
            ""
        },
        footer = {"", "Examples:",
            "  mailblock packet facts-samples/secured-tenant-ready-for-unblock.yaml",
            "  mailblock packet --format html --lang de --redact -o packet.html tenant.yaml",
            "", ExitCodes.HELP_TABLE})
final class PacketCommand implements Callable<Integer> {

    /** The formats the packet is written in. */
    enum PacketFormat {
        markdown, html
    }

    @Spec
    private CommandSpec spec;

    @CommandLine.ParentCommand
    private MailblockCli parent;

    @Parameters(paramLabel = "FILE", description = "The fact file of the tenant (YAML, format version 1); - reads it from standard input.")
    private Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private PacketFormat format;

    @Mixin
    private ReportSetup setup;

    @Mixin
    private AssumeOptions whatIf;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the packet to FILE (replaced in one step, never left half-written) instead of standard output.")
    private Path output;

    @Override
    public Integer call() throws FactFileException, RuleBaseException {
        var cli = spec.commandLine();
        Output.refuseInput(output, java.util.List.of(file));
        if (whatIf.any()) {
            AssumeOptions.Result r = whatIf.diagnose(cli, setup, file, parent.stdin(), DiagnoseOptions.EXPLAIN);
            return Output.write(cli, output, Reports.packet(format == PacketFormat.html ? ReportFormat.HTML : ReportFormat.MARKDOWN,
                    r.diagnosis(), r.facts(), setup.messages, setup.redact));
        }
        FactFile loaded = FactInput.load(file, parent.stdin());
        // the trace tells which facts showed each step done
        Diagnosis diagnosis = setup.diagnose(cli, loaded, DiagnoseOptions.EXPLAIN);
        String packet = Reports.packet(format == PacketFormat.html ? ReportFormat.HTML : ReportFormat.MARKDOWN,
                diagnosis, loaded.facts(), setup.messages, setup.redact);
        return Output.write(cli, output, packet);
    }
}
