package org.mailblock.fleet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;
import org.mailblock.load.FactFile;

/**
 * Reads a tenant's facts: a fact file without NDRs, as JSON, keyed by the tenant. They are checked by loading them
 * with one NDR put in, so that facts are accepted exactly when a fact file with NDRs would accept them. Their
 * {@code collectedAt} may be left out: every diagnosis takes the end of its window instead.
 */
final class FactsReader {

    private final FactFileLoader loader;

    FactsReader(FactFileLoader loader) {
        this.loader = loader;
    }

    /** The facts' text as it came, to be kept in the table, or why it cannot be used. */
    Checked<String> read(String tenant, String value) {
        if (tenant == null || tenant.isBlank()) {
            return rejected(Problem.of("the record has no key; key the facts by the tenant's name, for example contoso.onmicrosoft.com"));
        }
        FleetJson.Read read = FleetJson.object(value);
        if (read.problem() != null) {
            return rejected(read.problem());
        }
        ObjectNode facts = read.object();
        if (facts.has("ndrs")) {
            return rejected(new Problem(0, 0, "ndrs", "the tenant facts carry no NDRs: they come from the NDR events, "
                    + "tallied per window; leave ndrs out"));
        }
        int brace = value.indexOf('{') + 1;
        String inserted = "\"ndrs\":[{\"code\":\"5.7.705\"}]"
                + (facts.has("collectedAt") ? "" : ",\"collectedAt\":\"1970-01-01T00:00:00Z\"")
                + (facts.isEmpty() ? "" : ",");
        FactFile file;
        try {
            file = new EmbeddedText("", value, brace, inserted, "").load(loader);
        } catch (FactFileException e) {
            return new Checked.Rejected<>(new Rejection("tenant facts that are not a valid fact file",
                    e.problems().stream().map(Problem::of).toList()));
        }
        String name = file.facts().tenant().name();
        if (!name.toLowerCase(Locale.ROOT).equals(tenant.trim().toLowerCase(Locale.ROOT))) {
            return rejected(new Problem(0, 0, "tenant.name", "the facts are of the tenant " + name
                    + " but keyed by " + tenant + "; key each tenant's facts by its name"));
        }
        return new Checked.Accepted<>(value);
    }

    private static Checked<String> rejected(Problem problem) {
        return new Checked.Rejected<>(new Rejection("tenant facts that are not a valid fact file", List.of(problem)));
    }
}
