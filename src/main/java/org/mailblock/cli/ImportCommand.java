package org.mailblock.cli;

import org.mailblock.facts.VisibleText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mailblock.ingest.FactFileJson;
import org.mailblock.ingest.FactFileWriter;
import org.mailblock.ingest.FactImporter;
import org.mailblock.ingest.ImportRequest;
import org.mailblock.ingest.ImportResult;
import org.mailblock.ingest.InputProblem;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;
import org.mailblock.load.FactFileProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code mailblock import}: bounce messages and Exchange Online exports in, one fact file out. The
 * inputs are named by the repeatable subcommands {@code ndr} and {@code exo}, so one call can merge both.
 */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommandsRepeatable = true,
        subcommands = {ImportCommand.NdrInputs.class, ImportCommand.ExoInputs.class},
        synopsisSubcommandLabel = "(ndr FILE... | exo PATH...)...",
        description = {
            "Import bounce messages and Exchange Online exports into one fact file (format version 1).",
            "",
            "Name bounce messages after 'ndr' and JSON exports after 'exo'; both may follow each other in one call, "
                + "and everything named is merged. Each input is read on its own: one that cannot be read is "
                + "reported (file, and line:column for JSON) and the others are still imported.",
            "",
            "The fact file needs at least one NDR, the tenant's name and a collection time. The name is the "
                + "tenant's *.onmicrosoft.com domain: --tenant, else the exports' accepted domain or users, else the "
                + "address a bounce comes from (postmaster@contoso.onmicrosoft.com); a sender's own domain is never "
                + "taken for it, and without a name nothing is written (exit code 2). collectedAt is the newest time "
                + "in the inputs (or --collected-at). What the inputs do not hold is left out, never guessed; comments "
                + "in the file say where each value came from.",
            ""
        },
        footer = {"", "Examples:",
            "  mailblock import ndr bounce.eml",
            "  mailblock import -o tenant.yaml ndr bounces/ exo exports/",
            "  mailblock import --tenant contoso.onmicrosoft.com ndr a.eml exo domains.json",
            "  mailblock diagnose tenant.yaml",
            "  mailblock import ndr bounce.eml exo exports/ | mailblock diagnose -",
            "",
            "Exit codes:",
            "  0  the fact file was written; inputs that failed are listed on standard error",
            "  1  internal error",
            "  2  bad usage, or no fact file could be made (no NDR, no tenant name, no",
            "     time), or --strict and an input failed; nothing is written",
            ""})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Write the fact file here (atomically: complete or not at all) instead of to standard output.")
    private Path output;

    @Option(names = "--collected-at", paramLabel = "TIME", scope = ScopeType.INHERIT,
            description = "collectedAt of the fact file, an ISO date-time with a zone (2026-11-20T10:00:00Z). "
                    + "Default: the newest time in the inputs.")
    private String collectedAt;

    @Option(names = "--tenant", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "The tenant's initial domain (contoso.onmicrosoft.com). Default: the *.onmicrosoft.com name in the "
                    + "exports, else in the bounces.")
    private String tenant;

    @Option(names = "--strict", scope = ScopeType.INHERIT,
            description = "Write nothing and exit with 2 if any input cannot be imported.")
    private boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", scope = ScopeType.INHERIT,
            description = "yaml (default, with comments on where each value came from) or json (the same fields, "
                    + "faster to read for large tenants).")
    private String format;

    @Option(names = "--no-progress", scope = ScopeType.INHERIT,
            description = "No progress bar, even when standard error is a terminal.")
    private boolean noProgress;

    private Integer result;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing inputs: name bounce messages with 'ndr FILE...' and exports with 'exo PATH...'");
    }

    /** Runs the import once for all the ndr and exo subcommands given; each of them calls this. */
    Integer importOnce() {
        if (result == null) {
            result = runImport();
        }
        return result;
    }

    private int runImport() {
        PrintWriter err = spec.commandLine().getErr();
        Instant at = null;
        if (collectedAt != null) {
            try {
                at = OffsetDateTime.parse(collectedAt.trim()).toInstant();
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--collected-at': '"
                        + collectedAt + "' is not an ISO date-time with a zone, for example 2026-11-20T10:00:00Z");
            }
        }
        boolean json = "json".equalsIgnoreCase(format);
        if (format != null && !json && !"yaml".equalsIgnoreCase(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--format': '"
                    + format + "' (expected yaml or json)");
        }
        List<Path> bounces = new ArrayList<>();
        List<Path> exports = new ArrayList<>();
        for (CommandLine.ParseResult sub : spec.commandLine().getParseResult().subcommands()) {
            Object inputs = sub.commandSpec().userObject();
            if (inputs instanceof NdrInputs ndr) {
                bounces.addAll(ndr.files);
            } else if (inputs instanceof ExoInputs exo) {
                exports.addAll(exo.paths);
            }
        }

        List<Path> inputs = new ArrayList<>(bounces);
        inputs.addAll(exports);
        Output.refuseInput(output, inputs);
        ProgressBar[] bar = {null};
        boolean showProgress = Terminal.stderrIsTerminal() && !noProgress;
        ImportResult imported = new FactImporter().importInputs(new ImportRequest(bounces, exports, at, tenant), (done, total) -> {
            if (bar[0] == null) {
                bar[0] = new ProgressBar(err, showProgress, total);
            }
            bar[0].update(done);
        });
        if (bar[0] != null) {
            bar[0].finish();
        }
        imported.problems().stream().map(InputProblem::format).map(VisibleText::of).forEach(err::println);
        imported.warnings().forEach(w -> err.println(VisibleText.of("warning: " + w)));
        String summary = "imported " + imported.ndrs().size() + " NDR" + (imported.ndrs().size() == 1 ? "" : "s")
                + ImportTally.fromMessages(imported)
                + " and " + imported.exports().size() + " export" + (imported.exports().size() == 1 ? "" : "s");
        ImportTally.skipped(imported).ifPresent(line -> err.println("mailblock: " + line));
        if (!imported.complete()) {
            imported.blockers().forEach(b -> err.println(VisibleText.of("mailblock: " + b)));
            err.println("mailblock: " + summary + "; no fact file was written.");
            return ExitCodes.BAD_INPUT;
        }
        if (strict && !imported.problems().isEmpty()) {
            err.println("mailblock: " + imported.problems().size() + " input(s) could not be imported and --strict is set; nothing was written.");
            return ExitCodes.BAD_INPUT;
        }
        String factFile = json ? FactFileJson.fromYaml(FactFileWriter.write(imported)) : FactFileWriter.write(imported);
        try {
            FactFileLoader.standard().load(output == null ? (json ? "imported facts.json" : "imported facts") : output.toString(), factFile);
        } catch (FactFileException e) {
            e.problems().stream().map(FactFileProblem::format).forEach(err::println);
            err.println("mailblock: the imported values break the fact file format (above); nothing was written.");
            return ExitCodes.BAD_INPUT;
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(factFile);
            out.flush();
        } else {
            try {
                Output.writeAtomically(output, factFile);
            } catch (IOException e) {
                err.println(VisibleText.of("mailblock: cannot write " + output + ": " + e.getMessage()));
                return ExitCodes.BAD_INPUT;
            }
        }
        err.println(VisibleText.of("mailblock: " + summary + (imported.problems().isEmpty() ? "" : "; "
                + imported.problems().size() + " input(s) could not be imported (above)")
                + (output == null ? "." : "; wrote " + output + ".")));
        return ExitCodes.OK;
    }

    /** {@code ndr FILE...}: bounce messages. */
    @Command(name = "ndr",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = {
                "Bounce messages (.eml, RFC 5322), or folders of them: RFC 3464 delivery status notifications, "
                    + "Exchange Online's text and HTML NDRs and the text bounces of other servers. One NDR entry per "
                    + "failed recipient, with its own code; the delivery-status part is preferred over the text. A bounce "
                    + "without an enhanced status code gives an entry with its SMTP reply and text and no code. "
                    + "Feedback reports (ARF) and automatic replies are skipped with a message that names them."
            })
    static final class NdrInputs implements Callable<Integer> {
        @ParentCommand
        private ImportCommand parent;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Bounce message files or folders.")
        private List<Path> files;

        @Override
        public Integer call() {
            return parent.importOnce();
        }
    }

    /** {@code exo PATH...}: JSON exports. */
    @Command(name = "exo",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = {
                "JSON exports (ConvertTo-Json or Graph REST), or folders of .json files such as a collector run. "
                    + "Recognized by their properties: Get-AcceptedDomain, Get-InboundConnector, Get-OutboundConnector, "
                    + "Get-BlockedSenderAddress, Get-BlockedConnector, Get-LimitsEnforcementStatus, "
                    + "Get-HostedOutboundSpamFilterPolicy, Get-Mailbox, Get-InboxRule, Search-UnifiedAuditLog (connector changes), "
                    + "Get-TenantAllowBlockListItems, Get-MessageTraceV2 (grouped by sender domain), the Graph user registration "
                    + "details report (Get-MgReportAuthenticationMethodUserRegistrationDetail), Get-MgDirectoryRole (with members), "
                    + "Get-MgOrganization, Get-MgSubscribedSku, Get-MgDirectorySubscription, Get-MgRiskyUser, the collector's "
                    + "manifest.json and ScubaGear's ProviderSettingsExport.json. Other files are reported, not guessed."
            })
    static final class ExoInputs implements Callable<Integer> {
        @ParentCommand
        private ImportCommand parent;

        @Parameters(paramLabel = "PATH", arity = "1..*", description = "Export files or folders.")
        private List<Path> paths;

        @Override
        public Integer call() {
            return parent.importOnce();
        }
    }
}
