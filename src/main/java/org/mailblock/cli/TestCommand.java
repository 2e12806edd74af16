package org.mailblock.cli;

import org.mailblock.facts.VisibleText;
import org.mailblock.engine.inspect.Workbench;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.mailblock.authoring.AuthoringJson;
import org.mailblock.authoring.AuthoringText;
import org.mailblock.authoring.Coverage;
import org.mailblock.authoring.FileFingerprint;
import org.mailblock.authoring.JUnitReport;
import org.mailblock.authoring.SampleRunner;
import org.mailblock.authoring.TestRun;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.rulebase.RuleSource;
import org.mailblock.authoring.mutation.Equivalents;
import org.mailblock.authoring.mutation.Mutant;
import org.mailblock.authoring.mutation.MutationReport;
import org.mailblock.authoring.mutation.MutationRun;
import org.mailblock.authoring.mutation.MutationText;
import org.mailblock.authoring.mutation.Mutator;
import org.mailblock.load.ClosestName;
import org.mailblock.load.FactFile;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;
import org.mailblock.load.FactFileProblem;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailblock test}: every sample's expected outcome, and rule coverage. */
@Command(name = "test",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Run sample fact files against the outcome their expect: section states.",
            "",
            "Prints PASS, FAIL or ERROR per sample and a summary. A failure shows expected against actual for each "
                + "part that differs (causes in rank order with their confidences, the plan in order with each status, "
                + "the questions) and the rules that fired. The project's JUnit suite runs the same runner.",
            "",
            "--mutate makes small changes to the rules one at a time (a number moved past its boundary, a comparison "
                + "loosened or tightened, a condition or constraint left out, a confidence one step up or down, a piece of "
                + "evidence or a target dropped, two steps of the plan swapped), runs the samples against each, and lists "
                + "every change no sample noticed with its file and line, then the mutation score. rules/ is never changed. "
                + "Changes that cannot alter any outcome are declared, with the reason, in rules/mutation-equivalents.yaml.",
            "",
            "--coverage adds, per rule, how many samples it fired in and, for each rule that never fired, the first of "
                + "its conditions no sample satisfied, on the sample that came closest, with the facts that failed it.",
            ""
        },
        footer = {"", "Examples:",
            "  mailblock test",
            "  mailblock test --run renewal",
            "  mailblock test --coverage --threshold 95",
            "  mailblock test --format junit > mailblock-samples.xml",
            "  mailblock test --watch --run renewal",
            "  mailblock test --mutate --min-score 95",
            "  mailblock test --mutate --rule cause-connector-recent-unvouched",
            "  mailblock test --rules my-rules my-samples/ extra/tenant.yaml",
            "", "Exit codes:",
            "  0  every sample passed (and coverage met --threshold)",
            "  1  a sample failed or is order-dependent, a minimum missed, internal error",
            "  2  bad usage (no such rule folder), or a sample that cannot be loaded",
            "  3  the rule base does not compile"})
final class TestCommand implements Callable<Integer> {

    /** How often {@code --watch} looks for changes. */
    private static final long WATCH_INTERVAL_MS = 500;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Sample files or folders (every .yaml and .yml under them). Default: facts-samples/ next to the rule folder.")
    private List<Path> paths;

    @Mixin
    private RuleFolderOption rules;

    @Option(names = "--run", paramLabel = "REGEX", description = "Run only the samples whose path matches this regular expression (anywhere in it).")
    private String run;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private TestFormat format;

    @Option(names = "--coverage", description = "Report per rule the samples it fired in, and why each rule that never fired did not.")
    private boolean coverage;

    @Option(names = "--watch",
            description = "After the run, watch the rule folder and the samples; on every change, rebuild the rules "
                + "(the time it took is shown) and run again. Stop with Ctrl-C.")
    private boolean watch;

    @Option(names = "--threshold", paramLabel = "PCT",
            description = "Fail (exit 1) when fewer than PCT percent of the rules fired in some sample; implies --coverage.")
    private Double threshold;

    @Option(names = "--mutate", description = "Mutation testing: change the rules one small step at a time and list the changes no sample notices.")
    private boolean mutate;

    @Option(names = "--rule", paramLabel = "ID", split = ",",
            description = "With --mutate: change only these rules (by @id; repeat or separate with commas); 'catalogue' for the plan's order.")
    private List<String> mutateRules;

    @Option(names = "--min-score", paramLabel = "PCT",
            description = "With --mutate: fail (exit 1) when fewer than PCT percent of the mutants that count are noticed.")
    private Double minScore;

    @Option(names = "--threads", paramLabel = "N",
            description = "With --mutate: how many copies of the rules work side by side (default: the number of processors).")
    private Integer threads;

    @Override
    public Integer call() throws RuleBaseException {
        var err = spec.commandLine().getErr();
        Pattern filter;
        try {
            filter = run == null ? null : Pattern.compile(run);
        } catch (PatternSyntaxException e) {
            throw new UsageError("--run: not a regular expression: " + e.getDescription() + " in '" + run + "'");
        }
        if (threshold != null && (threshold < 0 || threshold > 100)) {
            throw new UsageError("--threshold takes a percentage from 0 to 100, not " + threshold);
        }
        if (!mutate && (mutateRules != null || minScore != null || threads != null)) {
            throw new UsageError("--rule, --min-score and --threads go with --mutate");
        }
        if (mutate && (watch || coverage || threshold != null)) {
            throw new UsageError("--mutate runs on its own: leave out --watch, --coverage and --threshold");
        }
        if (mutate && format == TestFormat.junit) {
            throw new UsageError("--format junit reports samples; --mutate prints text or json");
        }
        if (minScore != null && (minScore < 0 || minScore > 100)) {
            throw new UsageError("--min-score takes a percentage from 0 to 100, not " + minScore);
        }
        if (threads != null && threads < 1) {
            throw new UsageError("--threads takes a number of at least 1, not " + threads);
        }
        Path folder = rules.folder();
        if (watch && (folder == null || !java.nio.file.Files.isDirectory(folder))) {
            throw new UsageError("--watch needs a rule folder to watch (--rules DIR, or rules/ in the current folder)"
                    + (folder == null ? "" : "; " + folder + " is not a folder"));
        }
        List<Path> given = paths == null || paths.isEmpty()
                ? List.of(folder == null ? Path.of("facts-samples") : folder.resolveSibling("facts-samples")) : paths;
        if (!watch) {
            return runOnce(folder, given, filter);
        }
        int code = runReporting(folder, given, filter);
        List<Path> watched = new ArrayList<>(given);
        watched.add(0, folder);
        String seen = FileFingerprint.of(watched);
        err.println(VisibleText.of("mailblock test: watching " + folder + " and the samples; Ctrl-C stops"));
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(WATCH_INTERVAL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            String now = FileFingerprint.of(watched);
            if (!now.equals(seen)) {
                seen = now;
                err.println("mailblock test: a file changed; running again");
                code = runReporting(folder, given, filter);
            }
        }
        return code;
    }

    /** One run under --watch: a failure is reported as on exit, and watching goes on. */
    private int runReporting(Path folder, List<Path> given, Pattern filter) {
        try {
            return runOnce(folder, given, filter);
        } catch (RuleBaseException | RuntimeException e) {
            return ExitPolicy.report(e, spec.commandLine());
        }
    }

    private int runOnce(Path folder, List<Path> given, Pattern filter) throws RuleBaseException {
        var err = spec.commandLine().getErr();
        long start = System.nanoTime();
        java.time.Instant startedAt = java.time.Instant.now();
        Workbench workbench = RuleFolder.open(folder);
        if (watch) {
            err.println("mailblock test: rules compiled in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        if (!workbench.compiles()) {
            throw new RuleBaseException(workbench.problems().stream().filter(p -> p.level().equals("error")).toList());
        }
        List<Path> samples;
        try {
            samples = SampleRunner.samples(given);
        } catch (IOException e) {
            throw new UsageError(e instanceof java.nio.file.NoSuchFileException n ? n.getFile() + ": no such file or folder" : e.getMessage());
        }
        if (mutate) {
            return mutation(workbench, samples, filter);
        }
        TestRun result = new SampleRunner(workbench.engine()).run(samples, filter);
        if (result.results().isEmpty()) {
            throw new UsageError("no sample to run" + (filter == null ? "" : " matches --run " + run));
        }
        if (coverage || threshold != null) {
            err.println("mailblock test: measuring coverage: probing the conditions of the rules that never fired...");
            result = new TestRun(result.results(), Coverage.of(workbench, result.results()));
        }
        var out = spec.commandLine().getOut();
        out.print(switch (format) {
            case json -> AuthoringJson.test(result, threshold);
            case junit -> JUnitReport.of(result, startedAt, (System.nanoTime() - start) / 1e9);
            case text -> AuthoringText.test(result, threshold);
        });
        out.flush();
        if (result.errors() > 0) {
            return ExitCodes.BAD_INPUT;
        }
        boolean below = threshold != null && result.coverage().percent() + 1e-9 < threshold;
        return result.allPassed() && !below ? ExitCodes.OK : ExitCodes.TESTS_FAILED;
    }

    private int mutation(Workbench workbench, List<Path> samples, Pattern filter) throws RuleBaseException {
        var err = spec.commandLine().getErr();
        List<FactFile> files = new ArrayList<>();
        FactFileLoader loader = FactFileLoader.standard();
        for (Path sample : samples) {
            if (filter == null || filter.matcher(sample.toString().replace('\\', '/')).find()) {
                try {
                    files.add(loader.load(sample));
                } catch (FactFileException e) {
                    throw new UsageError(e.problems().stream().map(FactFileProblem::format).collect(Collectors.joining("\n")));
                }
            }
        }
        if (files.isEmpty()) {
            throw new UsageError("no sample to run" + (filter == null ? "" : " matches --run " + run));
        }
        Equivalents equivalents = workbench.text(RuleSource.MUTATION_EQUIVALENTS).map(Equivalents::parse).orElse(Equivalents.NONE);
        if (!equivalents.problems().isEmpty()) {
            throw new UsageError(workbench.display(RuleSource.MUTATION_EQUIVALENTS) + ": " + String.join("; ", equivalents.problems()));
        }
        List<Mutant> mutants = new ArrayList<>(Mutator.of(workbench.drlSources(), workbench.display(RuleSource.CATALOGUE),
                workbench.text(RuleSource.CATALOGUE).orElse(null)));
        if (mutateRules != null) {
            List<String> unknown = mutateRules.stream().filter(id -> mutants.stream().noneMatch(m -> m.rule().equals(id))).toList();
            if (!unknown.isEmpty()) {
                List<String> ids = mutants.stream().map(Mutant::rule).distinct().toList();
                String guess = unknown.size() == 1
                        ? ClosestName.among(unknown.get(0), ids).map(id -> "; did you mean '" + id + "'?").orElse("") : "";
                throw new UsageError("--rule: no rule to change has the id " + String.join(", ", unknown) + guess
                        + " (mailblock rules lists the ids)");
            }
            mutants.removeIf(m -> !mutateRules.contains(m.rule()));
        }
        ProgressBar bar = new ProgressBar(err, Terminal.stderrIsTerminal(), mutants.size());
        MutationRun runner = new MutationRun(workbench, threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                bar::update, message -> bar.println("mailblock test: " + message));
        MutationReport report;
        try {
            report = runner.run(files, mutants, equivalents);
        } catch (IllegalStateException e) {
            bar.finish();
            throw new UsageError(e.getMessage());
        }
        bar.finish();
        var out = spec.commandLine().getOut();
        out.print(format == TestFormat.json ? AuthoringJson.mutation(report, minScore) : MutationText.text(report, minScore));
        out.flush();
        // a sample whose diagnosis follows the firing order is a flaw of the knowledge, whatever the score
        boolean below = minScore != null && report.score() + 1e-9 < minScore;
        return below || !report.orderDependent().isEmpty() ? ExitCodes.TESTS_FAILED : ExitCodes.OK;
    }
}
