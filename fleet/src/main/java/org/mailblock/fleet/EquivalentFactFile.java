package org.mailblock.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * The fact file a window stands for: the tenant's facts (or only its name, when the table has none), the window's
 * NDRs, and {@code collectedAt} at the window's end. {@code mailblock diagnose} of this file prints what the
 * processor writes for the window.
 */
final class EquivalentFactFile {

    private EquivalentFactFile() {
    }

    /**
     * The fact file as JSON.
     *
     * @param tenant the tenant, the records' key
     * @param facts  the tenant's facts as they came (a checked fact file without NDRs), or {@code null} when there are none
     * @param end    the window's end
     * @param tally  the window's NDRs
     */
    static String json(String tenant, String facts, Instant end, WindowTally tally) {
        ObjectNode file;
        if (facts == null) {
            file = FleetJson.MAPPER.createObjectNode();
            file.put("mailblock", 1);
            file.put("collectedAt", end.toString());
            file.putObject("tenant").put("name", tenant);
        } else {
            file = FleetJson.object(facts).object();
            file.put("collectedAt", end.toString());
        }
        ArrayNode ndrs = file.putArray("ndrs");
        for (TallyEntry e : tally.entries()) {
            ObjectNode ndr = ndrs.addObject();
            putIfKnown(ndr, "code", e.code());
            if (e.smtp() != null) {
                ndr.put("smtp", e.smtp());
            }
            putIfKnown(ndr, "text", e.text());
            putIfKnown(ndr, "sender", e.sender());
            putIfKnown(ndr, "recipient", e.recipient());
            putIfKnown(ndr, "at", e.lastAt());
            ndr.put("count", e.count());
            putIfKnown(ndr, "reportingServer", e.reportingServer());
            putIfKnown(ndr, "sendingIp", e.sendingIp());
        }
        try {
            return FleetJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(file) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of JSON values is always written", e);
        }
    }

    private static void putIfKnown(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
