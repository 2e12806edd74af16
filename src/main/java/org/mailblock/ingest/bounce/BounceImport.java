package org.mailblock.ingest.bounce;

import org.mailblock.ingest.ImportedNdr;
import java.util.List;

/**
 * What one bounce message gave.
 *
 * @param source   the file
 * @param ndrs     one entry per failed recipient that carries a status code, in the order of the report
 * @param warnings things the user should know (a truncated message, a recipient without a code)
 */
public record BounceImport(String source, List<ImportedNdr> ndrs, List<String> warnings) {

    public BounceImport {
        ndrs = List.copyOf(ndrs);
        warnings = List.copyOf(warnings);
    }
}
