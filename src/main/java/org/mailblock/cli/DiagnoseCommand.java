package org.mailblock.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.engine.DiagnoseOptions;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.InvalidFactsException;
import org.mailblock.engine.KnowledgeException;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.RuleProblem;
import org.mailblock.load.FactFile;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;
import org.mailblock.load.FactFileProblem;
import org.mailblock.report.JsonReport;
import org.mailblock.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailblock diagnose}: fact files in, diagnoses out. */
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
            "Results go to standard output, messages to standard error. If any file is invalid, every "
                + "problem is reported as file:line:column and nothing is written to standard output.",
            ""
        },
        footer = {"", "Examples:",
            "  mailblock diagnose facts-samples/rogue-connector-after-admin-takeover.yaml",
            "  mailblock diagnose --format json tenant.yaml > diagnosis.json",
            "  mailblock diagnose --rules my-rules --explain tenant.yaml",
            "", ExitCodes.HELP_TABLE})
final class DiagnoseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Fact files (YAML, format version 1). With several files, text reports follow each other and JSON is an array.")
    private List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Run the rules in this folder (.drl files and catalogue.yaml) instead of the packaged ones. "
                + "The first run on a folder compiles it and caches the result (in $XDG_CACHE_HOME/mailblock or "
                + "~/.cache/mailblock; MAILBLOCK_CACHE_DIR moves it), so later runs on unchanged rules start fast.")
    private Path rules;

    @Option(names = "--explain",
            description = "Add the trace: every rule that fired, in order, with the facts it matched and what it concluded.")
    private boolean explain;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        List<FactFile> loaded = new ArrayList<>();
        List<FactFileProblem> problems = new ArrayList<>();
        FactFileLoader loader = FactFileLoader.standard();
        for (Path file : files) {
            try {
                loaded.add(loader.load(file));
            } catch (FactFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println(p.format()));
            err.println("mailblock: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " in the fact " + (files.size() == 1 ? "file" : "files") + "; nothing was diagnosed.");
            return ExitCodes.BAD_INPUT;
        }

        DiagnosisEngine engine;
        try {
            DiagnosisEngine.Builder builder = DiagnosisEngine.builder();
            if (rules != null) {
                builder.rulesDirectory(rules);
            }
            engine = builder.build();
        } catch (RuleBaseException e) {
            e.problems().stream().map(RuleProblem::format).forEach(err::println);
            err.println("mailblock: the rule base does not compile; nothing was diagnosed.");
            return ExitCodes.RULES_BROKEN;
        }

        List<Diagnosis> diagnoses = new ArrayList<>();
        for (FactFile file : loaded) {
            try {
                diagnoses.add(engine.diagnose(file.facts(), explain ? DiagnoseOptions.EXPLAIN : DiagnoseOptions.DEFAULT));
            } catch (KnowledgeException e) {
                err.println(file.source() + ": the rule base broke while diagnosing: " + e.getMessage());
                return ExitCodes.RULES_BROKEN;
            } catch (InvalidFactsException e) {
                err.println(file.source() + ": " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }

        // everything is rendered before anything is written, so a failure never leaves half a report
        String output = render(diagnoses, loaded);
        var out = spec.commandLine().getOut();
        out.print(output);
        out.flush();
        return ExitCodes.OK;
    }

    private String render(List<Diagnosis> diagnoses, List<FactFile> loaded) {
        if (format == OutputFormat.json) {
            return diagnoses.size() == 1 ? JsonReport.render(diagnoses.get(0)) : JsonReport.renderAll(diagnoses);
        }
        if (diagnoses.size() == 1) {
            return TextReport.render(diagnoses.get(0));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < diagnoses.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append("==== ").append(loaded.get(i).source()).append(" ====\n");
            out.append(TextReport.render(diagnoses.get(i)));
        }
        return out.toString();
    }
}
