package org.mailblock.cli;

import org.mailblock.engine.inspect.Workbench;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mailblock.authoring.AuthoringJson;
import org.mailblock.authoring.AuthoringText;
import org.mailblock.authoring.ExplainReport;
import org.mailblock.engine.InvalidFactsException;
import org.mailblock.engine.KnowledgeException;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.load.FactFile;
import org.mailblock.load.FactFileException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailblock explain}: how each conclusion of one diagnosis came about, and why a rule did not fire. */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Explain one diagnosis: for each symptom, cause, action and question, the rules that concluded it, the "
                + "facts they matched (by path and value), and the conclusions they built on (a plan rule matched a "
                + "cause, which a cause rule concluded from the facts).",
            "",
            "With --rule or --cause, only that one; when it did not fire or is not in the diagnosis, the first of "
                + "its conditions that failed, where it is written, and the facts that did not satisfy it.",
            ""
        },
        footer = {"", "Examples:",
            "  mailblock explain facts-samples/rogue-connector-after-admin-takeover.yaml",
            "  mailblock explain --cause bulk-mail-volume facts-samples/renewal-days-ago.yaml",
            "  mailblock explain --rule cause-server-open-relay --format json tenant.yaml",
            "", "Exit codes:",
            "  0  explained",
            "  1  internal error",
            "  2  bad usage (no such rule folder), a bad fact file, or an unknown id",
            "  3  the rules do not compile, or broke while running (loops are named)"})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @CommandLine.ParentCommand
    private MailblockCli parent;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The fact file (YAML, format version 1); - reads it from standard input.")
    private Path file;

    // rules are code, and explain runs them on a fact file: only a folder named here or by MAILBLOCK_RULES, never rules/ found in the current folder
    @Option(names = "--rules", paramLabel = "DIR", description = RuleFolder.NAMED_HELP)
    private Path rules;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Subject subject;

    /** What to explain when not the whole diagnosis. */
    static final class Subject {
        @Option(names = "--rule", paramLabel = "ID", description = "Only this rule (its @id): its firings, or why it did not fire.")
        String rule;

        @Option(names = "--cause", paramLabel = "ID", description = "Only this cause: the rules behind it, or why each rule that concludes it did not fire.")
        String cause;
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private AuthoringFormat format;

    @Override
    public Integer call() throws FactFileException, RuleBaseException {
        FactFile facts = FactInput.load(file, parent.stdin());
        Workbench workbench = RuleFolder.open(RuleFolder.forReports(rules, spec.commandLine().getErr()));
        ExplainReport report;
        try {
            if (subject != null && subject.rule != null) {
                report = ExplainReport.ofRule(workbench, facts.source(), facts.facts(), subject.rule);
            } else if (subject != null && subject.cause != null) {
                report = ExplainReport.ofCause(workbench, facts.source(), facts.facts(), subject.cause);
            } else {
                report = ExplainReport.of(workbench, facts.source(), facts.facts());
            }
        } catch (InvalidFactsException | KnowledgeException e) {
            throw new InFactFile(facts.source(), e);
        } catch (IllegalArgumentException e) {
            // the rule or cause asked about does not exist
            throw new UsageError(e.getMessage());
        }
        var out = spec.commandLine().getOut();
        out.print(format == AuthoringFormat.json ? AuthoringJson.explain(report) : AuthoringText.explain(report));
        out.flush();
        return ExitCodes.OK;
    }
}
