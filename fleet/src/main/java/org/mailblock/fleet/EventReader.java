package org.mailblock.fleet;

import java.util.List;
import org.mailblock.facts.Ndr;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;

/**
 * Reads an NDR event: one entry of a fact file's {@code ndrs} list, as JSON, keyed by the tenant. It is checked by
 * loading it as the only NDR of a fact file, so that an event is accepted exactly when a fact file would accept it.
 */
final class EventReader {

    private final FactFileLoader loader;

    EventReader(FactFileLoader loader) {
        this.loader = loader;
    }

    /** The event's NDR, normalized as the loader normalizes it, or why the event cannot be used. */
    Checked<Ndr> read(String tenant, String value) {
        if (tenant == null || tenant.isBlank()) {
            return new Checked.Rejected<>(Rejection.of("an NDR event without a tenant",
                    Problem.of("the record has no key; key NDR events by the tenant's name, for example contoso.onmicrosoft.com")));
        }
        FleetJson.Read read = FleetJson.object(value);
        if (read.problem() != null) {
            return new Checked.Rejected<>(Rejection.of("an NDR event that is not a JSON object", read.problem()));
        }
        String before = "{\"mailblock\":1,\"collectedAt\":\"1970-01-01T00:00:00Z\",\"tenant\":{\"name\":"
                + FleetJson.quote(tenant) + "},\"ndrs\":[";
        try {
            List<Ndr> ndrs = new EmbeddedText(before, value, 0, "", "]}").load(loader).facts().ndrs();
            return new Checked.Accepted<>(ndrs.get(0));
        } catch (FactFileException e) {
            List<Problem> problems = e.problems().stream()
                    .map(p -> new Problem(p.line(), p.column(), withinEvent(p.path()), p.message()))
                    .toList();
            return new Checked.Rejected<>(new Rejection("an NDR event that is not a valid NDR of a fact file", problems));
        }
    }

    /** A path in the fact file, as a path in the event: {@code ndrs[0].code} is the event's {@code code}. */
    private static String withinEvent(String path) {
        if (path.startsWith("ndrs[0].")) {
            return path.substring("ndrs[0].".length());
        }
        return path.equals("ndrs[0]") ? "" : path;
    }
}
