package org.mailblock.ingest.bounce;

import org.mailblock.ingest.ImportedNdr;
import java.util.List;

/**
 * What one bounce message gave.
 *
 * @param source           the file
 * @param ndrs             one entry per failed recipient that carries a status code, in the order of the report
 * @param warnings         things the user should know (a truncated message, a recipient without a code)
 * @param tenantName       the tenant's initial domain ({@code name.onmicrosoft.com}) when the bounce names it; else {@code null}
 * @param tenantNameSource the address the tenant's name was read from, in words; {@code null} with no name
 */
public record BounceImport(String source, List<ImportedNdr> ndrs, List<String> warnings, String tenantName, String tenantNameSource) {

    public BounceImport {
        ndrs = List.copyOf(ndrs);
        warnings = List.copyOf(warnings);
    }

    /** A bounce that names no tenant. */
    public BounceImport(String source, List<ImportedNdr> ndrs, List<String> warnings) {
        this(source, ndrs, warnings, null, null);
    }
}
