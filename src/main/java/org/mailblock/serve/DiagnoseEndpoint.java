package org.mailblock.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.mailblock.engine.InvalidFactsException;
import org.mailblock.engine.KnowledgeException;
import org.mailblock.load.FactFile;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;

/**
 * {@code POST /v1/diagnose}: a fact file in, the report out, exactly as {@code mailblock diagnose} prints it.
 * The fact file is YAML or JSON by Content-Type; the options come in the query, or beside the fact file in
 * a JSON envelope {@code {"facts": "...", "options": {...}}}.
 */
final class DiagnoseEndpoint {

    static final String PATH = "/v1/diagnose";

    private static final Set<String> YAML = Set.of("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml");
    private static final Set<String> OTHER_TEXT = Set.of("", "text/plain", "application/octet-stream");

    private final FactFileLoader loader = FactFileLoader.standard();

    /** Answers one request whose body was read within the limit. */
    Handled answer(RulesState state, String mediaType, byte[] body, Map<String, String> query) {
        if (state instanceof RulesState.Broken broken) {
            return Handled.refused(ApiJson.rulesBroken(broken.problems()), "rules-do-not-compile", null);
        }
        LoadedRules rules = ((RulesState.Ready) state).rules();
        String rulesHash = rules.engine().info().rulesHash();
        String source;
        byte[] facts = body;
        Map<String, String> options = new LinkedHashMap<>(query);
        if (mediaType.equals("application/json")) {
            JsonNode envelope = envelope(body);
            if (envelope != null) {
                if (!envelope.path("facts").isTextual()) {
                    return Handled.refused(ApiJson.error(400, "bad-request",
                            "in a JSON envelope, \"facts\" is the fact file's text (YAML or JSON) as one string"), "bad-request", rulesHash);
                }
                facts = envelope.get("facts").asText().getBytes(StandardCharsets.UTF_8);
                if (envelope.has("options")) {
                    if (!envelope.get("options").isObject()) {
                        return Handled.refused(ApiJson.error(400, "bad-request", "\"options\" is an object such as "
                                + "{\"format\": \"text\", \"lang\": \"de\", \"redact\": true, \"explain\": false}"), "bad-request", rulesHash);
                    }
                    envelope.get("options").fields().forEachRemaining(f -> options.put(f.getKey(), f.getValue().asText()));
                }
                source = "request";
            } else {
                source = "request.json";
            }
        } else if (YAML.contains(mediaType)) {
            source = "request.yaml";
        } else if (OTHER_TEXT.contains(mediaType)) {
            // as the loader does for standard input: JSON when the text starts with '{', else YAML
            source = "request";
        } else {
            return Handled.refused(ApiJson.error(415, "unsupported-media-type", "send the fact file as application/yaml or "
                    + "application/json, not " + mediaType), "unsupported-media-type", rulesHash);
        }
        RequestOptions chosen;
        try {
            chosen = RequestOptions.of(options);
            Diagnoser.messages(rules, chosen.language());
        } catch (RequestOptions.BadOption e) {
            return Handled.refused(ApiJson.error(400, "bad-request", e.getMessage()), "bad-request", rulesHash);
        }
        FactFile file;
        try {
            file = loader.load(source, new ByteArrayInputStream(facts));
        } catch (FactFileException e) {
            return Handled.refused(ApiJson.invalidFacts(e.problems()), "invalid-facts", rulesHash);
        }
        try {
            Diagnoser.Rendered r = Diagnoser.run(rules, file, chosen);
            return Handled.diagnosed(Answer.text(200, chosen.mediaType(), r.report()), r.diagnosis(), r.tenant());
        } catch (RequestOptions.BadOption e) {
            return Handled.refused(ApiJson.error(400, "bad-request", e.getMessage()), "bad-request", rulesHash);
        } catch (InvalidFactsException e) {
            return Handled.refused(ApiJson.invalidFacts(ApiJson.withoutPosition(source, e.problems())), "invalid-facts", rulesHash);
        } catch (KnowledgeException e) {
            return Handled.refused(ApiJson.error(500, "rules-broke", "the rule base broke while diagnosing: " + e.getMessage()),
                    "error", rulesHash);
        }
    }

    /** The body as an envelope when it is a JSON object with a "facts" field, which no fact file has; else {@code null}. */
    private static JsonNode envelope(byte[] body) {
        try {
            JsonNode node = ApiJson.MAPPER.readTree(body);
            return node instanceof ObjectNode o && o.has("facts") && !o.has("mailblock") ? o : null;
        } catch (IOException e) {
            // not JSON at all: the loader reports where
            return null;
        }
    }

    static boolean isPost(HttpExchange exchange) {
        return "POST".equals(exchange.getRequestMethod());
    }
}
