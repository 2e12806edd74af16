package org.mailblock.load;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Checks fact file text against the published schema with a JSON Schema validator, reading the YAML
 * the way the loader and editors do (YAML 1.2 booleans, {@code field:} as null). A text whose YAML
 * the loader refuses outright (a syntax error, a duplicate key, an alias, a second document) never
 * becomes a document, so no schema judges it.
 */
final class SchemaCheck {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final FactYaml YAML = new FactYaml(FactFileLoader.DEFAULT_MAX_BYTES);
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(FactFileSchema.text(), InputFormat.JSON);

    private SchemaCheck() {
    }

    /** The document the YAML text stands for (null for an empty file), or empty when the YAML itself is refused. */
    static Optional<JsonNode> document(String yaml) {
        try (StrictYamlParser parser = YAML.open(new StringReader(yaml))) {
            JsonNode node = JSON.readTree(parser);
            // the strict parser refuses a second document only when asked for it
            parser.nextToken();
            return Optional.of(node == null || node.isMissingNode() ? NullNode.getInstance() : node);
        } catch (JacksonException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the schema finds wrong with the document; empty when it is valid. */
    static List<String> errors(JsonNode document) {
        return SCHEMA.validate(document).stream().map(Error::toString).toList();
    }

    /** What the schema finds wrong with the YAML text, which must be a readable document. */
    static List<String> errors(String yaml) {
        JsonNode document = document(yaml).orElseThrow(() -> new AssertionError("the YAML itself is refused:\n" + yaml));
        return errors(document);
    }

    /** Whether the loader accepts the text. */
    static boolean loaderAccepts(String yaml) {
        try {
            FactFileLoader.standard().load("test.yaml", yaml);
            return true;
        } catch (FactFileException e) {
            return false;
        }
    }

    /** Whether the schema accepts the text; false also when its YAML is refused before any schema applies. */
    static boolean schemaAccepts(String yaml) {
        return document(yaml).map(document -> errors(document).isEmpty()).orElse(false);
    }

    /** The schema as JSON, for tests that walk it. */
    static JsonNode schemaTree() {
        try {
            return JSON.readTree(FactFileSchema.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
