package org.mailblock.fleet;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The processor's JSON: strict on reading (one object, no repeated field), plain on writing. */
final class FleetJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private FleetJson() {
    }

    /** The result of reading a record's value as one JSON object: the object, or why it is none. */
    record Read(ObjectNode object, Problem problem) {
    }

    /** Reads text that must hold exactly one JSON object and nothing after it. */
    static Read object(String text) {
        if (text == null) {
            return new Read(null, Problem.of("the record has no value"));
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            int column = at == null || line == 0 ? 0 : Math.max(1, at.getColumnNr());
            return new Read(null, new Problem(line, column, "", "not valid JSON: " + e.getOriginalMessage()));
        }
        if (node == null || node.isMissingNode()) {
            return new Read(null, Problem.of("the value is empty; expected a JSON object"));
        }
        if (!node.isObject()) {
            return new Read(null, new Problem(1, 1, "", "expected a JSON object {...}, found " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return new Read((ObjectNode) node, null);
    }

    /** Text as a JSON string literal, quotes included. */
    static String quote(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string is always written", e);
        }
    }

}
