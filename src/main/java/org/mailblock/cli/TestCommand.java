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
import org.mailblock.authoring.SampleRunner;
import org.mailblock.authoring.TestRun;
import org.mailblock.engine.RuleBaseException;
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
            "--coverage adds, per rule, how many samples it fired in and, for each rule that never fired, the first of "
                + "its conditions no sample satisfied, on the sample that came closest, with the facts that failed it.",
            ""
        },
        footer = {"", "Examples:",
            "  mailblock test",
            "  mailblock test --run renewal",
            "  mailblock test --coverage --threshold 95",
            "  mailblock test --watch --run renewal",
            "  mailblock test --rules my-rules my-samples/ extra/tenant.yaml",
            "", "Exit codes:",
            "  0  every sample passed (and coverage met --threshold)",
            "  1  a sample failed, or coverage is below --threshold; or an internal error",
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
    private AuthoringFormat format;

    @Option(names = "--coverage", description = "Report per rule the samples it fired in, and why each rule that never fired did not.")
    private boolean coverage;

    @Option(names = "--watch",
            description = "After the run, watch the rule folder and the samples; on every change, rebuild the rules "
                + "(the time it took is shown) and run again. Stop with Ctrl-C.")
    private boolean watch;

    @Option(names = "--threshold", paramLabel = "PCT",
            description = "Fail (exit 1) when fewer than PCT percent of the rules fired in some sample; implies --coverage.")
    private Double threshold;

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
        TestRun result = new SampleRunner(workbench.engine()).run(samples, filter);
        if (result.results().isEmpty()) {
            throw new UsageError("no sample to run" + (filter == null ? "" : " matches --run " + run));
        }
        if (coverage || threshold != null) {
            err.println("mailblock test: measuring coverage: probing the conditions of the rules that never fired...");
            result = new TestRun(result.results(), Coverage.of(workbench, result.results()));
        }
        var out = spec.commandLine().getOut();
        out.print(format == AuthoringFormat.json ? AuthoringJson.test(result, threshold) : AuthoringText.test(result, threshold));
        out.flush();
        if (result.errors() > 0) {
            return ExitCodes.BAD_INPUT;
        }
        boolean below = threshold != null && result.coverage().percent() + 1e-9 < threshold;
        return result.allPassed() && !below ? ExitCodes.OK : ExitCodes.TESTS_FAILED;
    }
}
