package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mailblock.report.DiagnosisSchema;

/** What 'diagnose --format json' writes follows the published diagnosis schema, on every sample and with every option. */
class DiagnosisJsonSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REPOSITORY_COPY = Path.of("schema", DiagnosisSchema.FILE_NAME);
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(DiagnosisSchema.text(), InputFormat.JSON);
    /** The only fields JsonReport leaves out when they do not apply; every other one must be listed as required. */
    private static final Set<String> OPTIONAL = Set.of("#/properties/source", "#/properties/trace",
            "#/properties/actions/items/properties/waitingFor", "#/definitions/evidence/properties/value",
            "#/definitions/command/properties/shell", "#/definitions/command/properties/forEach");

    @Test
    void schemaInTheJarIsTheOneInTheRepository() throws IOException {
        assertThat(DiagnosisSchema.text()).isEqualTo(Files.readString(REPOSITORY_COPY, StandardCharsets.UTF_8)).endsWith("}\n");
    }

    @Test
    void schemaCommandPrintsTheDiagnosisSchemaWithDiagnosis() {
        CliRun run = CliRun.of("schema", "--diagnosis");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(DiagnosisSchema.text());
        assertThat(CliRun.of("schema", "--help").out()).contains("--diagnosis");
    }

    @Test
    void schemaIsAValidDraft07Schema() {
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));

        assertThat(schemaTree().get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(metaSchema.validate(schemaTree())).isEmpty();
    }

    @Test
    void everyFieldIsDescribedRequiredUnlessDocumentedOptionalAndNoOtherFieldIsAllowed() {
        List<String> undescribed = new ArrayList<>();
        List<String> open = new ArrayList<>();
        List<String> notRequired = new ArrayList<>();
        walk(schemaTree(), "#", (path, node) -> {
            if (!node.has("$ref") && node.path("description").asText().strip().length() < 10) {
                undescribed.add(path);
            }
            if (node.has("properties")) {
                if (!node.path("additionalProperties").isBoolean() || node.get("additionalProperties").asBoolean()) {
                    open.add(path);
                }
                Set<String> required = new TreeSet<>();
                node.path("required").forEach(r -> required.add(r.asText()));
                node.get("properties").fieldNames().forEachRemaining(name -> {
                    String property = path + "/properties/" + name;
                    if (!required.contains(name) && !OPTIONAL.contains(property)) {
                        notRequired.add(property);
                    }
                });
            }
        });

        assertThat(undescribed).isEmpty();
        assertThat(open).isEmpty();
        assertThat(notRequired).isEmpty();
    }

    @Test
    void diagnosisOfEverySampleFollowsTheSchemaInJsonAndJsonLines() {
        List<Path> samples = samples();
        CliRun json = CliRun.of("diagnose", "--format", "json", "--no-progress", "facts-samples");
        CliRun lines = CliRun.of("diagnose", "--format", "jsonl", "--no-progress", "facts-samples");

        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(lines.exitCode()).as(lines.err()).isZero();
        JsonNode array = parse(json.out());
        List<String> jsonLines = lines.out().lines().toList();
        assertThat(array.size()).isEqualTo(samples.size()).isGreaterThan(100);
        assertThat(jsonLines).hasSize(samples.size());
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            JsonNode line = parse(jsonLines.get(i));
            String source = line.path("source").asText();
            assertThat(Path.of(source)).isEqualTo(samples.get(i));
            record(errors, source + " (json)", array.get(i));
            record(errors, source + " (jsonl)", line);
            // a line is the same diagnosis as the array's entry, with its file first
            JsonNode withoutSource = ((ObjectNode) line.deepCopy()).without("source");
            assertThat(withoutSource).as(source).isEqualTo(array.get(i));
        }

        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rogue-connector-after-admin-takeover", "restricted-connector", "banned-ip-open-relay-scanner-server",
        "code-outside-knowledge"})
    void diagnosisWithTraceRedactedAndInGermanFollowsTheSchema(String sample) {
        String file = "facts-samples/" + sample + ".yaml";
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (List<String> options : List.of(List.of("--explain"), List.of("--redact"), List.of("--explain", "--redact", "--lang", "de"))) {
            List<String> args = new ArrayList<>(List.of("diagnose", "--format", "json"));
            args.addAll(options);
            args.add(file);
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode diagnosis = parse(run.out());
            assertThat(diagnosis.has("trace")).as("trace with " + options).isEqualTo(options.contains("--explain"));
            record(errors, file + " " + options, diagnosis);
        }

        assertThat(errors).isEmpty();
    }

    @Test
    void schemaRefusesADiagnosisWithAFieldDroppedAnUnknownFieldOrAnUnknownStatus() {
        JsonNode diagnosis = parse(CliRun.of("diagnose", "--format", "json", "facts-samples/restricted-connector.yaml").out());
        assertThat(errors(diagnosis)).isEmpty();

        ObjectNode withoutTargets = diagnosis.deepCopy();
        ((ObjectNode) withoutTargets.get("actions").get(0)).remove("targets");
        ObjectNode withExtraField = diagnosis.deepCopy();
        ((ObjectNode) withExtraField.get("rootCauses").get(0).get("evidence").get(0)).put("note", "x");
        ObjectNode withUnknownStatus = diagnosis.deepCopy();
        ((ObjectNode) withUnknownStatus.get("actions").get(0)).put("status", "urgent");
        ObjectNode withoutEngineHash = diagnosis.deepCopy();
        ((ObjectNode) withoutEngineHash.get("engine")).remove("rulesHash");

        assertThat(String.join("\n", errors(withoutTargets))).contains("targets");
        assertThat(String.join("\n", errors(withExtraField))).contains("note");
        assertThat(String.join("\n", errors(withUnknownStatus))).contains("status");
        assertThat(String.join("\n", errors(withoutEngineHash))).contains("rulesHash");
    }

    private static void record(Map<String, List<String>> errors, String name, JsonNode diagnosis) {
        List<String> found = errors(diagnosis);
        if (!found.isEmpty()) {
            errors.put(name, found);
        }
    }

    private static List<String> errors(JsonNode diagnosis) {
        return SCHEMA.validate(diagnosis).stream().map(Error::toString).toList();
    }

    /** Every fact file under facts-samples/, in the path order the batch diagnoses them in. */
    private static List<Path> samples() {
        try (Stream<Path> files = Files.walk(Path.of("facts-samples"))) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode schemaTree() {
        return parse(DiagnosisSchema.text());
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Visits the root and every subschema: properties, definitions, items, entry values and keys. */
    private static void walk(JsonNode node, String path, BiConsumer<String, JsonNode> visitor) {
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
