package org.mailblock.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mailblock.authoring.AuthoringJson;
import org.mailblock.authoring.AuthoringText;
import org.mailblock.authoring.ExplainReport;
import org.mailblock.engine.InvalidFactsException;
import org.mailblock.engine.KnowledgeException;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.RuleProblem;
import org.mailblock.engine.Workbench;
import org.mailblock.load.FactFile;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileProblem;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            "  2  bad usage, a bad fact file, or a rule or cause id that does not exist",
            "  3  the rule base does not compile, or broke while running"})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @CommandLine.ParentCommand
    private MailblockCli parent;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The fact file (YAML, format version 1); - reads it from standard input.")
    private Path file;

    @Mixin
    private RuleFolderOption rules;

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
    private OutputFormat format;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        FactFile facts;
        try {
            facts = FactInput.load(file, parent.stdin());
        } catch (FactFileException e) {
            e.problems().stream().map(FactFileProblem::format).forEach(err::println);
            return ExitCodes.BAD_INPUT;
        }
        Workbench workbench = rules.openOrReport(err);
        if (workbench == null) {
            return ExitCodes.BAD_INPUT;
        }
        ExplainReport report;
        try {
            if (subject != null && subject.rule != null) {
                report = ExplainReport.ofRule(workbench, facts.source(), facts.facts(), subject.rule);
            } else if (subject != null && subject.cause != null) {
                report = ExplainReport.ofCause(workbench, facts.source(), facts.facts(), subject.cause);
            } else {
                report = ExplainReport.of(workbench, facts.source(), facts.facts());
            }
        } catch (InvalidFactsException e) {
            err.println(facts.source() + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("mailblock explain: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (RuleBaseException e) {
            e.problems().stream().map(RuleProblem::format).forEach(err::println);
            err.println("mailblock: the rule base does not compile; nothing was explained.");
            return ExitCodes.RULES_BROKEN;
        } catch (KnowledgeException e) {
            err.println(facts.source() + ": the rule base broke while diagnosing: " + e.getMessage());
            return ExitCodes.RULES_BROKEN;
        }
        var out = spec.commandLine().getOut();
        out.print(format == OutputFormat.json ? AuthoringJson.explain(report) : AuthoringText.explain(report));
        out.flush();
        return ExitCodes.OK;
    }
}
