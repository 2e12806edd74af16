package org.mailblock.fleet;

import java.time.Instant;
import java.util.List;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.InvalidFactsException;
import org.mailblock.engine.KnowledgeException;
import org.mailblock.i18n.Messages;
import org.mailblock.load.FactFile;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;
import org.mailblock.report.ReportFormat;
import org.mailblock.report.Reports;

/**
 * Diagnoses one window of one tenant the way {@code mailblock diagnose --format json} diagnoses a fact file: the
 * window's fact file is written, read by the same loader, diagnosed by the same engine and rendered by the same
 * report. Thread-safe, as the engine is.
 */
final class WindowDiagnoser {

    private final DiagnosisEngine engine;
    private final FactFileLoader loader;
    private final Messages messages;

    WindowDiagnoser(DiagnosisEngine engine, FactFileLoader loader, Messages messages) {
        this.engine = engine;
        this.loader = loader;
        this.messages = messages;
    }

    /**
     * The window's diagnosis.
     *
     * @param facts the tenant's facts from the table, or {@code null} when it has none: the NDRs alone are diagnosed
     */
    WindowDiagnosis diagnose(String tenant, Instant end, WindowTally tally, String facts) {
        String file = EquivalentFactFile.json(tenant, facts, end, tally);
        FactFile loaded;
        try {
            loaded = loader.load(tenant + " " + end + ".json", file);
        } catch (FactFileException e) {
            return rejected(file, "the window's fact file is not valid", e.problems().stream().map(Problem::of).toList());
        }
        Diagnosis diagnosis;
        try {
            diagnosis = engine.diagnose(loaded.facts());
        } catch (InvalidFactsException e) {
            return rejected(file, "the window's facts are not valid",
                    e.problems().stream().map(p -> new Problem(0, 0, p.path(), p.message())).toList());
        } catch (KnowledgeException e) {
            return rejected(file, "the rules failed on the window's facts", List.of(Problem.of(e.getMessage())));
        } catch (RuntimeException e) {
            // a window that breaks the engine would break the stream again at every restart: it is set aside instead
            return rejected(file, "mailblock failed on the window's facts", List.of(Problem.of(e.toString())));
        }
        String report = Reports.render(ReportFormat.JSON, diagnosis, loaded.facts(), messages, false);
        return new WindowDiagnosis(report, DiagnosisDigest.of(diagnosis), file, null);
    }

    private static WindowDiagnosis rejected(String file, String reason, List<Problem> problems) {
        return new WindowDiagnosis(null, null, file, new Rejection(reason, problems));
    }
}
