package org.mailblock.ingest;

import java.util.Map;
import org.mailblock.facts.Ndr;

/**
 * One failed (or delayed) recipient read from a bounce message, with where each value came from.
 *
 * @param ndr             the NDR as the fact file holds it
 * @param source          the bounce message file
 * @param reportingServer the server that wrote the report (Reporting-MTA, "Generating server"); {@code null} when not given
 * @param action          the DSN Action ({@code failed}, {@code delayed} ...); {@code null} when not given
 * @param sources         for each field of the NDR that has a value ({@code code}, {@code smtp}, {@code text},
 *                        {@code sender}, {@code recipient}, {@code at}), where it was found
 */
public record ImportedNdr(Ndr ndr, String source, String reportingServer, String action, Map<String, ValueSource> sources) {

    public ImportedNdr {
        sources = Map.copyOf(sources);
    }

    /** Where the given field's value came from, or {@code null} when the field is empty. */
    public ValueSource sourceOf(String field) {
        return sources.get(field);
    }
}
