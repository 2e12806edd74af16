package org.mailblock.serve;

import java.util.Locale;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.engine.DiagnoseOptions;
import org.mailblock.i18n.Messages;
import org.mailblock.load.FactFile;
import org.mailblock.report.Redaction;
import org.mailblock.report.Reports;

/**
 * Diagnoses one loaded fact file and renders the report: the calls {@code mailblock diagnose} makes for
 * one file (engine, then {@link Reports#render}), so that both print the same bytes.
 */
final class Diagnoser {

    private Diagnoser() {
    }

    /**
     * A diagnosis and its report.
     *
     * @param diagnosis the diagnosis as the engine made it (not localized, not redacted)
     * @param report    the report, in the format, language and redaction asked for
     * @param tenant    the tenant's name as the decision log may show it: redacted when the report is
     */
    record Rendered(Diagnosis diagnosis, String report, String tenant) {
    }

    /** The messages of the language asked for, or of the server's default language (the CLI's default). */
    static Messages messages(LoadedRules rules, String language) throws RequestOptions.BadOption {
        String chosen = language == null ? rules.bundles().defaultLanguage(Locale.getDefault()) : language;
        if (!rules.bundles().languages().contains(chosen)) {
            throw new RequestOptions.BadOption("unknown language '" + language + "' (the reports speak "
                    + String.join(", ", rules.bundles().languages()) + ")");
        }
        return rules.bundles().messages(chosen);
    }

    /**
     * Diagnoses and renders.
     *
     * @throws RequestOptions.BadOption                     when the language is not one the rules speak
     * @throws org.mailblock.engine.InvalidFactsException  when the facts break the format
     * @throws org.mailblock.engine.KnowledgeException     when the rules break while diagnosing
     */
    static Rendered run(LoadedRules rules, FactFile file, RequestOptions options) throws RequestOptions.BadOption {
        Messages messages = messages(rules, options.language());
        Diagnosis diagnosis = rules.engine().diagnose(file.facts(), options.explain() ? DiagnoseOptions.EXPLAIN : DiagnoseOptions.DEFAULT);
        String report = Reports.render(options.format(), diagnosis, file.facts(), messages, options.redact());
        String tenant = options.redact() ? Redaction.of(file.facts()).text(diagnosis.tenant()) : diagnosis.tenant();
        return new Rendered(diagnosis, report, tenant);
    }
}
