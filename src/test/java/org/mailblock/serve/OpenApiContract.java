package org.mailblock.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mailblock.report.DiagnosisSchema;

/**
 * Holds every answer the tests get to the OpenAPI description in {@code schema/openapi-v1.yaml}: its
 * status must be documented for its path and method, its media type for that status, and its body
 * must validate against the schema given there. {@link Http} calls it on every reply.
 */
final class OpenApiContract {

    static final Path FILE = Path.of("schema", "openapi-v1.yaml");
    static final JsonNode DOCUMENT = read();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DIAGNOSIS_REF = "#/components/schemas/Diagnosis";
    private static final Schema DIAGNOSIS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(DiagnosisSchema.text(), InputFormat.JSON);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private OpenApiContract() {
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails the test when the answer does not follow the description. */
    static void check(String method, String path, int status, String contentType, byte[] body) {
        String where = method + " " + path + " -> " + status;
        JsonNode operation = DOCUMENT.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
        JsonNode response;
        if (operation.isMissingNode()) {
            assertThat(status).as(where + ": a path or method the description does not name must be refused").isIn(404, 405);
            response = resolve(DOCUMENT.path("components").path("responses").path(status == 404 ? "NotFound" : "NotAllowed"));
        } else {
            response = resolve(operation.path("responses").path(Integer.toString(status)));
            if (response.isMissingNode()) {
                fail(where + ": status " + status + " is not documented");
            }
        }
        if (body.length == 0 && "HEAD".equals(method)) {
            return;
        }
        String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        JsonNode content = response.path("content").path(mediaType);
        if (content.isMissingNode()) {
            fail(where + ": media type " + mediaType + " is not documented for this status");
        }
        JsonNode schema = content.path("schema");
        String pointer = "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method.toLowerCase(Locale.ROOT)
                + "/responses/" + status + "/content/" + mediaType.replace("/", "~1") + "/schema";
        if (operation.isMissingNode()) {
            pointer = "/components/responses/" + (status == 404 ? "NotFound" : "NotAllowed") + "/content/" + mediaType.replace("/", "~1") + "/schema";
        } else if (operation.path("responses").path(Integer.toString(status)).has("$ref")) {
            pointer = operation.path("responses").path(Integer.toString(status)).get("$ref").asText().substring(1)
                    + "/content/" + mediaType.replace("/", "~1") + "/schema";
        }
        if (mediaType.endsWith("json")) {
            JsonNode value;
            try {
                value = JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError(where + ": the body is not JSON: " + e.getMessage());
            }
            Schema validator = DIAGNOSIS_REF.equals(schema.path("$ref").asText()) ? DIAGNOSIS : SCHEMAS.computeIfAbsent(pointer, OpenApiContract::schemaAt);
            assertThat(validator.validate(value)).as(where + ": the body follows the schema at #" + pointer).isEmpty();
        } else {
            assertThat(schema.path("type").asText()).as(where).isEqualTo("string");
            try {
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body));
            } catch (CharacterCodingException e) {
                fail(where + ": the body is not UTF-8 text");
            }
        }
    }

    /** A response given by reference, as the document it points into holds it. */
    private static JsonNode resolve(JsonNode response) {
        return response.has("$ref") ? DOCUMENT.at(response.get("$ref").asText().substring(1)) : response;
    }

    /** The schema at a place of the document, its references resolved within the document. */
    private static Schema schemaAt(String pointer) {
        ObjectNode wrapper = (ObjectNode) DOCUMENT.deepCopy();
        wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        wrapper.put("$ref", "#" + pointer);
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(wrapper);
    }
}
