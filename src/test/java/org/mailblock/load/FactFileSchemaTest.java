package org.mailblock.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The published schema itself: valid draft-07, self-explaining in editors, closed to unknown fields. */
class FactFileSchemaTest {

    private static final Path REPOSITORY_COPY = Path.of("schema", FactFileSchema.FILE_NAME);

    @Test
    void schemaInTheJarIsTheOneInTheRepository() throws IOException {
        assertThat(FactFileSchema.text()).isEqualTo(Files.readString(REPOSITORY_COPY, StandardCharsets.UTF_8))
                .endsWith("}\n");
    }

    @Test
    void editorLineNamesTheSchemaForYamlLanguageServer() {
        assertThat(FactFileSchema.editorLine("../schema/facts-v1.schema.json"))
                .isEqualTo("# yaml-language-server: $schema=../schema/facts-v1.schema.json");
        assertThatThrownBy(() -> FactFileSchema.editorLine("a\nmailblock: 2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FactFileSchema.editorLine(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void schemaIsAValidDraft07Schema() {
        JsonNode schema = SchemaCheck.schemaTree();
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));

        List<Error> errors = metaSchema.validate(schema);

        assertThat(schema.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(errors).isEmpty();
    }

    @Test
    void metaSchemaCheckCatchesABrokenSchema() {
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
        JsonNode broken = SchemaCheck.schemaTree().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("properties").get("mailblock")).put("type", "whole");

        assertThat(metaSchema.validate(broken)).isNotEmpty();
    }

    @Test
    void everyPropertyItemAndDefinitionHasADescriptionForEditorsToShow() {
        List<String> undescribed = new ArrayList<>();
        walk(SchemaCheck.schemaTree(), "#", (path, node) -> {
            JsonNode description = node.get("description");
            if (description == null || description.asText().strip().length() < 10) {
                undescribed.add(path);
            }
        });

        assertThat(undescribed).isEmpty();
    }

    @Test
    void everyMappingRefusesUnknownFieldsLikeTheLoader() {
        List<String> open = new ArrayList<>();
        List<String> mappings = new ArrayList<>();
        walk(SchemaCheck.schemaTree(), "#", (path, node) -> {
            if (node.has("properties")) {
                mappings.add(path);
                if (!node.path("additionalProperties").isBoolean() || node.get("additionalProperties").asBoolean()) {
                    open.add(path);
                }
            }
        });

        assertThat(mappings).contains("#", "#/properties/tenant", "#/properties/connectors/items",
                "#/properties/expect");
        assertThat(open).isEmpty();
    }

    /** Visits the root and every subschema a user meets: properties, items, entry values and keys, definitions. */
    private static void walk(JsonNode node, String path, java.util.function.BiConsumer<String, JsonNode> visitor) {
        visitor.accept(path, node);
        for (String key : List.of("properties", "definitions")) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.path(key).fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), path + "/" + key + "/" + field.getKey(), visitor);
            }
        }
        for (String key : List.of("items", "additionalProperties", "propertyNames")) {
            if (node.path(key).isObject()) {
                walk(node.get(key), path + "/" + key, visitor);
            }
        }
    }
}
