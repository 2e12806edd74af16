package org.mailblock.ingest;

import org.mailblock.ingest.export.ExportImport;
import java.util.List;
import java.util.Map;
import org.mailblock.facts.TenantFacts;

/**
 * The outcome of an import: the facts (when a complete fact file could be made), where each part came
 * from, and every input that failed.
 *
 * @param facts          the merged facts; {@code null} when no complete fact file can be made (see {@link #blockers()})
 * @param ndrs           the NDR entries with where each value came from, in the order of {@code facts.ndrs()}
 * @param exports        what each export gave
 * @param problems       inputs that gave nothing; the others are still imported
 * @param warnings       inputs imported in part, values left out, and why ({@code file: message})
 * @param blockers       why no fact file could be made (no NDR, no tenant name, no time); empty when {@code facts} is set
 * @param provenance     for {@code collectedAt}, {@code tenant.name}, {@code tenant.trial}, {@code ndrs} (when the bounces were
 *                       sent from several domains) and each section, where it came from
 * @param bounceCount    how many bounce message files were read
 */
public record ImportResult(TenantFacts facts, List<ImportedNdr> ndrs, List<ExportImport> exports, List<InputProblem> problems,
                           List<String> warnings, List<String> blockers, Map<String, String> provenance, int bounceCount) {

    public ImportResult {
        ndrs = List.copyOf(ndrs);
        exports = List.copyOf(exports);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        blockers = List.copyOf(blockers);
        provenance = Map.copyOf(provenance);
    }

    /** Whether a complete fact file could be made. */
    public boolean complete() {
        return facts != null;
    }
}
