package org.mailblock.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import org.mailblock.batch.BatchDiagnosis;
import org.mailblock.batch.BatchInputs;
import org.mailblock.batch.BatchOutcome;
import org.mailblock.batch.BatchSummary;
import org.mailblock.batch.OutputLayout;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.engine.DiagnoseOptions;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.facts.VisibleText;
import org.mailblock.load.FactFile;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;
import org.mailblock.load.FactFileProblem;
import org.mailblock.report.BatchSummaryReport;
import org.mailblock.report.JsonReport;
import org.mailblock.report.Redaction;
import org.mailblock.report.ReportFormat;
import org.mailblock.report.Reports;
import org.mailblock.report.TextLayout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailblock diagnose}: fact files in, diagnoses out; a folder or several files make a batch. */
@Command(name = "diagnose",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Diagnose tenants from their fact files.",
            "",
            "For each file: what the NDR codes mean, the root causes ranked with the facts behind them, "
                + "the remediation plan in order with a status per step (required, verify, done) and the "
                + "commands for it, and the facts worth collecting next.",
            "",
            "One file: the report goes to standard output; if the file is invalid, every problem is reported "
                + "as file:line:column and nothing is written to standard output. A file named - is read from standard "
                + "input, and its problems are reported as <stdin>:line:column.",
            "",
            "A folder (searched for *.yaml and *.yml at any depth, in path order) or several files make a batch: "
                + "they are diagnosed in parallel, the reports follow each other in input order, a file that fails "
                + "is reported and does not stop the others, and a summary ends the batch: tenants per leading cause, "
                + "per next action, and the files that failed. The summary goes to standard output after text and "
                + "Markdown reports, to standard error after JSON. In JSON Lines, a file that fails is a line of its own "
                + "(\"failed\": true, its exit code and every problem with file, line, column and path). A progress bar with "
                + "the rate and the time left is drawn on standard error when it is a terminal.",
            ""
        },
        footer = {"", "Examples:",
            "  mailblock diagnose facts-samples/rogue-connector-after-admin-takeover.yaml",
            "  mailblock diagnose --format html -o report.html tenant.yaml",
            "  mailblock diagnose --format markdown --lang de --redact tenant.yaml",
            "  mailblock diagnose --format jsonl tenants/ > diagnoses.jsonl",
            "  mailblock diagnose --format html --output-dir reports/ tenants/",
            "  mailblock diagnose --rules my-rules --explain tenant.yaml",
            "  mailblock import ndr bounce.eml | mailblock diagnose -",
            "  mailblock diagnose --rank-questions facts-samples/threshold-with-nothing-else-known.yaml",
            "  mailblock diagnose --assume 'admins[upn=helpdesk@contoso.com].mfa=true' tenant.yaml",
            "", ExitCodes.HELP_TABLE})
final class DiagnoseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @CommandLine.ParentCommand
    private MailblockCli parent;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
            description = "Fact files (YAML, format version 1) or folders of them; - reads one fact file from standard input.")
    private List<Path> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "With several files, json is one array and jsonl one diagnosis per line, each with its source file; "
                    + "html takes one file, or --output-dir.")
    private OutputFormat format;

    @Mixin
    private ReportSetup setup;

    @Mixin
    private AssumeOptions whatIf;

    @Option(names = "--explain",
            description = "Add the trace: every rule that fired, in order, with the facts it matched and what it concluded.")
    private boolean explain;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report of one file to FILE (replaced in one step, never left half-written) instead of standard output.")
    private Path output;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "In a batch, write each file's report under DIR, in the layout of the input folders: tenants/a/b/x.yaml "
                    + "becomes DIR/a/b/x.EXT (txt, json, jsonl, md or html) for the folder tenants/; several inputs keep the layout "
                    + "below the folder they share. Standard output then gets only the summary. Any format, html included.")
    private Path outputDir;

    @Option(names = "--threads", paramLabel = "N",
            description = "Files diagnosed at once in a batch (default: the number of processors).")
    private Integer threads;

    @Option(names = "--no-progress", description = "No progress bar, even when standard error is a terminal.")
    private boolean noProgress;

    @Option(names = "--no-color", description = "No colour in the text report, even when standard output is a terminal "
            + "(colour is also off when NO_COLOR is set, and whenever the output goes to a pipe or a file). On a terminal, "
            + "the text report is wrapped to its width (COLUMNS, else what the terminal says; 40 to 120 columns); "
            + "elsewhere to 80.")
    private boolean noColor;

    @Override
    public Integer call() throws FactFileException, RuleBaseException {
        CommandLine cli = spec.commandLine();
        if (FactInput.anyStdin(inputs) && (inputs.size() > 1 || outputDir != null)) {
            throw new CommandLine.ParameterException(cli, "- reads a single fact file from standard input; it cannot be combined with "
                    + "other files or folders, or with --output-dir");
        }
        boolean batch = inputs.size() > 1 || BatchInputs.anyFolder(inputs) || outputDir != null;
        if (batch && format == OutputFormat.html && outputDir == null) {
            throw new CommandLine.ParameterException(cli,
                    "--format html writes one page per fact file; give a single file, or --output-dir DIR for a batch");
        }
        if (batch && output != null) {
            throw new CommandLine.ParameterException(cli, "--output takes the report of a single fact file; redirect standard output for a batch");
        }
        if (batch && whatIf.any()) {
            throw new CommandLine.ParameterException(cli, "--assume, --assume-file and --rank-questions take a single fact file");
        }
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(cli, "--threads must be 1 or more");
        }
        return batch ? batch(cli) : single(cli);
    }

    private DiagnoseOptions options() {
        return explain ? DiagnoseOptions.EXPLAIN : DiagnoseOptions.DEFAULT;
    }

    private Integer single(CommandLine cli) throws FactFileException, RuleBaseException {
        Output.refuseInput(output, inputs);
        if (whatIf.any()) {
            AssumeOptions.Result r = whatIf.diagnose(cli, setup, inputs.get(0), parent.stdin(), options());
            return Output.write(cli, output, render(r.diagnosis(), r.facts(), output == null));
        }
        FactFile loaded = FactInput.load(inputs.get(0), parent.stdin());
        Diagnosis diagnosis = setup.diagnose(cli, loaded, options());
        // rendered in full before anything is written, so a failure never leaves half a report
        return Output.write(cli, output, render(diagnosis, loaded.facts(), output == null));
    }

    /** The report of one file; a text report for standard output takes the terminal's width and colour when it is one. */
    private String render(Diagnosis d, org.mailblock.facts.TenantFacts facts, boolean toStdout) {
        if (format.report == ReportFormat.TEXT && toStdout) {
            return Reports.renderText(d, facts, setup.messages, setup.redact, layout());
        }
        return Reports.render(format.report, d, facts, setup.messages, setup.redact);
    }

    private TextLayout layout() {
        return TextLayoutChoice.choose(Terminal.stdoutIsTerminal(), noColor, System.getenv(), Terminal::detectedWidth);
    }

    private Integer batch(CommandLine cli) throws RuleBaseException {
        PrintWriter out = cli.getOut();
        PrintWriter err = cli.getErr();
        List<Path> files;
        // entries of a folder that are not read (pipes, looping or outward links) are reported as failed files
        Map<Path, String> refused = new java.util.LinkedHashMap<>();
        Map<Path, String> refusedReasons = new java.util.HashMap<>();
        try {
            files = BatchInputs.expand(inputs, (file, reason) -> {
                refused.put(file, VisibleText.of(file + ": " + reason));
                refusedReasons.put(file, reason);
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println(VisibleText.of("mailblock: cannot read the folder: " + e.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        refused.values().forEach(err::println);
        if (files.isEmpty()) {
            err.println(VisibleText.of("mailblock: no fact files (*.yaml, *.yml) in " + inputs + "; nothing was diagnosed."));
            return ExitCodes.BAD_INPUT;
        }
        setup.prepare(cli);
        if (outputDir != null) {
            try {
                Files.createDirectories(outputDir);
            } catch (IOException e) {
                err.println(VisibleText.of("mailblock: cannot create the folder " + outputDir + ": " + e.getMessage()));
                return ExitCodes.BAD_INPUT;
            }
        }
        ReportFormat report = format.report;
        OutputLayout layout = OutputLayout.of(inputs, Files::isDirectory);
        if (outputDir != null) {
            Map<Path, List<Path>> clashes = layout.clashes(files, extension());
            if (!clashes.isEmpty()) {
                clashes.forEach((target, sharing) -> err.println(VisibleText.of("mailblock: " + String.join(" and ",
                        sharing.stream().map(Path::toString).toList()) + " would both be reported in " + outputDir.resolve(target)
                        + "; rename one of them. Nothing was diagnosed.")));
                return ExitCodes.BAD_INPUT;
            }
        }
        // a report that could not be written counts as a failed file in the summary and the exit code
        Map<Path, String> unwritten = new ConcurrentHashMap<>();
        // with --redact, a file's name is shown redacted too (JSON Lines source, header): it often names the tenant
        Map<Path, String> shownNames = new ConcurrentHashMap<>();
        TextLayout textLayout = report == ReportFormat.TEXT && outputDir == null ? layout() : TextLayout.PLAIN;
        BatchDiagnosis.Renderer renderer = (file, d, facts) -> {
            String shown = setup.redact ? Redaction.of(facts).text(file.toString()) : file.toString();
            shownNames.put(file, shown);
            return switch (report) {
                case JSONL -> JsonReport.renderLine(Reports.prepare(d, facts, setup.messages, setup.redact).diagnosis(), shown);
                case TEXT -> Reports.renderText(d, facts, setup.messages, setup.redact, textLayout);
                default -> Reports.render(report, d, facts, setup.messages, setup.redact);
            };
        };
        // in a JSON Lines stream a failed file is a line of its own, so that a consumer of the stream sees every file
        boolean failureLines = report == ReportFormat.JSONL && outputDir == null;
        if (failureLines) {
            refused.keySet().forEach(file -> out.print(JsonReport.renderFailureLine(file.toString(), ExitCodes.BAD_INPUT,
                    List.of(new FactFileProblem(file.toString(), 0, 0, "", refusedReasons.get(file))))));
            out.flush();
        }
        ProgressBar bar = new ProgressBar(err, Terminal.stderrIsTerminal() && !noProgress, files.size());
        List<String> forJson = new ArrayList<>();
        int[] written = {0};
        BatchDiagnosis runner = new BatchDiagnosis(setup.engine, FactFileLoader.standard(), options(),
                threads != null ? threads : Runtime.getRuntime().availableProcessors());
        List<BatchOutcome> ran = runner.run(files, renderer, o -> {
            if (!o.ok()) {
                ExitPolicy.visibleLines(o.failure().message()).forEach(bar::println);
                if (failureLines) {
                    out.print(JsonReport.renderFailureLine(o.file().toString(), exitCode(o.failure().kind()), o.failure().problems()));
                    out.flush();
                }
                return;
            }
            if (outputDir != null) {
                Path target = outputDir.resolve(layout.target(o.file(), extension()));
                try {
                    Files.createDirectories(target.getParent());
                    Output.writeAtomically(target, o.report());
                } catch (IOException e) {
                    String message = VisibleText.of("mailblock: cannot write " + target + ": " + Output.reason(e));
                    bar.println(message);
                    unwritten.put(o.file(), message);
                }
                return;
            }
            switch (report) {
                case JSON -> forJson.add(o.report());
                case JSONL -> out.print(o.report());
                case MARKDOWN -> out.print((written[0]++ > 0 ? "\n---\n\n" : "") + o.report());
                default -> out.print((written[0]++ > 0 ? "\n" : "") + "==== " + VisibleText.of(shownNames.getOrDefault(o.file(), o.file().toString())) + " ====\n" + o.report());
            }
            out.flush();
        }, bar::update);
        bar.finish();
        List<BatchOutcome> outcomes = new ArrayList<>();
        for (BatchOutcome o : ran) {
            String unwrittenMessage = unwritten.get(o.file());
            outcomes.add(unwrittenMessage == null ? o
                    : new BatchOutcome(o.file(), null, null, BatchOutcome.Failure.ofFile(BatchOutcome.Kind.BAD_INPUT, o.file(), unwrittenMessage)));
        }
        refused.forEach((file, message) -> outcomes.add(
                new BatchOutcome(file, null, null, BatchOutcome.Failure.ofFile(BatchOutcome.Kind.BAD_INPUT, file, message))));
        BatchSummary summary = BatchSummary.of(outcomes);
        if (outputDir != null) {
            out.print(report == ReportFormat.MARKDOWN ? BatchSummaryReport.markdown(summary, setup.messages)
                    : BatchSummaryReport.text(summary, setup.messages));
            out.flush();
            if (outcomes.stream().anyMatch(o -> !o.ok() && o.failure().kind() == BatchOutcome.Kind.RULES_BROKEN)) {
                return ExitCodes.RULES_BROKEN;
            }
            return summary.failures().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
        switch (report) {
            case JSON -> {
                out.print(jsonArray(forJson));
                err.print(BatchSummaryReport.text(summary, setup.messages));
            }
            case JSONL -> err.print(BatchSummaryReport.text(summary, setup.messages));
            case MARKDOWN -> out.print("\n---\n\n" + BatchSummaryReport.markdown(summary, setup.messages));
            default -> out.print("\n" + BatchSummaryReport.text(summary, setup.messages));
        }
        out.flush();
        err.flush();
        if (outcomes.stream().anyMatch(o -> !o.ok() && o.failure().kind() == BatchOutcome.Kind.RULES_BROKEN)) {
            return ExitCodes.RULES_BROKEN;
        }
        return summary.failures().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    /** The extension of the format's report files. */
    private String extension() {
        return switch (format) {
            case text -> ".txt";
            case json -> ".json";
            case jsonl -> ".jsonl";
            case markdown -> ".md";
            case html -> ".html";
        };
    }

    /** The exit code a failure of this kind gives the whole batch. */
    private static int exitCode(BatchOutcome.Kind kind) {
        return kind == BatchOutcome.Kind.RULES_BROKEN ? ExitCodes.RULES_BROKEN : ExitCodes.BAD_INPUT;
    }

    /** Pretty-printed JSON objects as one array, indented as {@link JsonReport#renderAll} indents it. */
    static String jsonArray(List<String> objects) {
        if (objects.isEmpty()) {
            return "[ ]\n";
        }
        StringBuilder out = new StringBuilder("[\n");
        for (int i = 0; i < objects.size(); i++) {
            objects.get(i).stripTrailing().lines().forEach(l -> out.append("  ").append(l).append('\n'));
            if (i < objects.size() - 1) {
                out.setLength(out.length() - 1);
                out.append(",\n");
            }
        }
        return out.append("]\n").toString();
    }
}
