package org.mailblock.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.engine.DiagnoseOptions;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.InvalidFactsException;
import org.mailblock.engine.KnowledgeException;
import org.mailblock.engine.RuleBaseException;
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

    /**
     * Builds the engine and picks the messages.
     *
     * @throws RuleBaseException      when the rule folder is missing or its rules do not compile
     * @throws MessageBundleException when the message bundles cannot be read
     */
    void prepare(CommandLine cli) throws RuleBaseException {
        java.io.PrintWriter err = cli.getErr();
        // what this run's second thread found and built, when it started one (packaged rules, no --rules)
        EnginePrefetch prefetch = this.rules == null ? EnginePrefetch.of(cli).orElse(null) : null;
        EnginePrefetch.Prepared early = prefetch == null ? null : prefetch.await();
        Path rules = early == null ? RuleFolder.forReports(this.rules, err) : early.editedCheckout();
        if (early != null && rules != null) {
            RuleFolder.noteEdited(rules, err);
        }
        MessageBundles bundles;
        if (early != null && early.engine() != null) {
            early.warnings().forEach(err::println);
            err.flush();
            engine = early.engine();
            bundles = early.bundles();
        } else {
            DiagnosisEngine.Builder builder = DiagnosisEngine.builder().ruleCacheWarnings(warning -> {
                err.println(warning);
                err.flush();
            });
            if (rules != null) {
                builder.rulesDirectory(rules);
            }
            engine = builder.build();
            bundles = rules == null ? MessageBundles.packaged(engine.catalogue()) : MessageBundles.directory(rules, engine.catalogue());
        }
        String language = lang == null ? bundles.defaultLanguage(Locale.getDefault()) : lang.toLowerCase(Locale.ROOT);
        if (!bundles.languages().contains(language)) {
            throw new CommandLine.ParameterException(cli, "Invalid value for option '--lang': '" + lang
                    + "' (the reports speak " + String.join(", ", bundles.languages()) + ")");
        }
        messages = bundles.messages(language);
    }

    /**
     * Prepares the engine and diagnoses one loaded fact file.
     *
     * @throws RuleBaseException when the rule folder is missing or its rules do not compile
     * @throws InFactFile        when the facts break the format or the rules break while diagnosing them
     */
    Diagnosis diagnose(CommandLine cli, FactFile loaded, DiagnoseOptions options) throws RuleBaseException {
        prepare(cli);
        try {
            return engine.diagnose(loaded.facts(), options);
        } catch (KnowledgeException | InvalidFactsException e) {
            throw new InFactFile(loaded.source(), e);
        }
    }
}
