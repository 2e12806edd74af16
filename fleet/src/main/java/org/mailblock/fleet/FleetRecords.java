package org.mailblock.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.mailblock.diagnosis.Change;

/** The JSON of the records the processor writes besides diagnoses: changes and dead letters, each on one line. */
final class FleetRecords {

    private FleetRecords() {
    }

    /**
     * A change record: the tenant, the window it is of, the one before, the leading cause now, and what changed.
     *
     * @param previousCollectedAt the end of the window of the previous diagnosis, or {@code null} for the tenant's first
     */
    static String change(String tenant, DiagnosisDigest now, String previousCollectedAt, List<Change> changes) {
        ObjectNode out = FleetJson.MAPPER.createObjectNode();
        out.put("tenant", tenant);
        out.put("collectedAt", now.collectedAt());
        out.put("previousCollectedAt", previousCollectedAt);
        out.put("leadingCause", now.leadingCause());
        ArrayNode list = out.putArray("changes");
        for (Change c : changes) {
            ObjectNode item = list.addObject();
            item.put("kind", c.kind().id());
            item.put("subject", c.subject());
            if (c.step() > 0) {
                item.put("step", c.step());
            }
            item.put("from", c.from());
            item.put("to", c.to());
        }
        return line(out);
    }

    /**
     * A dead letter: where the record came from, why it was not used, the problems found, and its value as it came.
     *
     * @param topic the topic the record was read from
     */
    static String deadLetter(String topic, String key, String value, Rejection rejection) {
        ObjectNode out = FleetJson.MAPPER.createObjectNode();
        out.put("topic", topic);
        out.put("key", key);
        out.put("reason", rejection.reason());
        ArrayNode list = out.putArray("problems");
        for (Problem p : rejection.problems()) {
            ObjectNode item = list.addObject();
            if (p.line() > 0) {
                item.put("line", p.line());
                item.put("column", p.column());
            }
            if (!p.path().isEmpty()) {
                item.put("path", p.path());
            }
            item.put("message", p.message());
        }
        out.put("value", value);
        return line(out);
    }

    private static String line(ObjectNode node) {
        try {
            return FleetJson.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of JSON values is always written", e);
        }
    }
}
