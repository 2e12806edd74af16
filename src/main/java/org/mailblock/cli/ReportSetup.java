package org.mailblock.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.engine.DiagnoseOptions;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.InvalidFactsException;
import org.mailblock.engine.KnowledgeException;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.RuleProblem;
import org.mailblock.i18n.MessageBundleException;
import org.mailblock.i18n.MessageBundles;
import org.mailblock.i18n.Messages;
import org.mailblock.load.FactFile;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options every reporting command shares, and building the engine and messages they need. */
final class ReportSetup {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Run the rules in this folder (.drl files, catalogue.yaml and messages/) instead of the packaged ones "
                + "(default: the folder " + RuleFolder.CHECKOUT + " names if its rules differ from the packaged ones; the mailblock "
                + "launcher sets it to its checkout's rules/). "
                + "The first run on a folder compiles it and caches the result (in $XDG_CACHE_HOME/mailblock or "
                + "~/.cache/mailblock; MAILBLOCK_CACHE_DIR moves it), so later runs on unchanged rules start fast.")
    Path rules;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the report: en, de, or any other with a bundle in the rules' messages folder (default: the system locale's language if there are texts for it, else en). "
                    + "JSON keeps its ids and changes only titles and texts.")
    String lang;

    @Option(names = "--redact",
            description = "Replace user addresses, IP addresses, tenant names and domains by stable placeholders "
                    + "(user1@domain1.example, ip1, tenant1.onmicrosoft.com), for sharing outside the organization.")
    boolean redact;

    DiagnosisEngine engine;
    Messages messages;

    /** Builds the engine and picks the messages; returns an exit code when that fails, else {@code null}. */
    Integer prepare(CommandLine cli) {
        PrintWriter err = cli.getErr();
        Path rules = RuleFolder.forReports(this.rules, err);
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
        MessageBundles bundles;
        try {
            bundles = rules == null ? MessageBundles.packaged(engine.catalogue()) : MessageBundles.directory(rules, engine.catalogue());
        } catch (MessageBundleException e) {
            err.println(e.getMessage());
            err.println("mailblock: the message bundles cannot be read; nothing was diagnosed.");
            return ExitCodes.RULES_BROKEN;
        }
        String language = lang == null ? bundles.defaultLanguage(Locale.getDefault()) : lang.toLowerCase(Locale.ROOT);
        if (!bundles.languages().contains(language)) {
            throw new CommandLine.ParameterException(cli, "Invalid value for option '--lang': '" + lang
                    + "' (the reports speak " + String.join(", ", bundles.languages()) + ")");
        }
        messages = bundles.messages(language);
        return null;
    }

    /** A diagnosis, or the exit code of the reason (already printed) why there is none. */
    record Outcome(Diagnosis diagnosis, int exitCode) {
    }

    /** Prepares the engine and diagnoses one loaded fact file, printing why when that fails. */
    Outcome diagnose(CommandLine cli, FactFile loaded, DiagnoseOptions options) {
        Integer failed = prepare(cli);
        if (failed != null) {
            return new Outcome(null, failed);
        }
        try {
            return new Outcome(engine.diagnose(loaded.facts(), options), ExitCodes.OK);
        } catch (KnowledgeException e) {
            cli.getErr().println(loaded.source() + ": the rule base broke while diagnosing: " + e.getMessage());
            return new Outcome(null, ExitCodes.RULES_BROKEN);
        } catch (InvalidFactsException e) {
            cli.getErr().println(loaded.source() + ": " + e.getMessage());
            return new Outcome(null, ExitCodes.BAD_INPUT);
        }
    }
}
