package org.mailblock.load;

import org.mailblock.expect.Expectation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.mailblock.facts.FactEnum;
import org.mailblock.facts.TenantFacts;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema cannot drift from the loader: it is compared field by field with the fact records the
 * loader binds (every record of the facts package, each component a field) and with the values of the
 * closed sets. A field added to a record and not to the schema, or the other way round, fails here.
 */
class SchemaDriftTest {

    /** The fields every fact file must give, as the validator requires them; all others may be left out. */
    private static final Set<String> REQUIRED = Set.of("#/mailblock", "#/collectedAt", "#/tenant", "#/ndrs",
            "#/tenant/name", "#/ndrs[]/code", "#/sendingDomains[]/name", "#/acceptedDomains[]/name",
            "#/connectors[]/name", "#/admins[]/upn", "#/users[]/upn", "#/users[]/forwarding[]/address",
            "#/onPremisesServers[]/name", "#/outboundSpamPolicies[]/name");

    /** Required unless another field stands in for them: an NDR without a code gives its text instead. */
    private static final Set<String> REQUIRED_UNLESS_REPLACED = Set.of("#/ndrs[]/code");

    private final JsonNode schema = SchemaCheck.schemaTree();
    private final List<String> drift = new ArrayList<>();

    @Test
    void everyFieldOfTheFactRecordsIsInTheSchemaWithItsTypeAndNothingElse() {
        compareRecord(TenantFacts.class, schema, "#", List.of(FactDeserializers.EXPECT));

        assertThat(drift).isEmpty();
    }

    /** A small valid file that gives every section, each list with one entry. */
    private static final String EVERY_SECTION = """
            {"mailblock": 1, "collectedAt": "2026-11-20T10:00:00Z", "tenant": {"name": "contoso.onmicrosoft.com"},
             "ndrs": [{"code": "5.7.705"}], "sendingDomains": [{"name": "contoso.com"}],
             "acceptedDomains": [{"name": "contoso.com"}], "connectors": [{"name": "From on-premises"}],
             "admins": [{"upn": "admin@contoso.com"}],
             "users": [{"upn": "alice@contoso.com", "forwarding": [{"address": "alice@gmail.example"}]}], "subscription": {},
             "onPremisesServers": [{"name": "EX01"}], "outbound": {}, "outboundSpamPolicies": [{"name": "Default"}],
             "limitsEnforcementStatus": {},
             "expect": {"causes": [{"compromised-accounts": "likely"}], "actions": [{"request-unblock": "verify"}],
                        "questions": ["admin-mfa"]}}
            """;

    @Test
    void exactlyTheFieldsTheLoaderRequiresAreRequiredByTheSchema() throws Exception {
        ObjectNode complete = (ObjectNode) SchemaCheck.JSON.readTree(EVERY_SECTION);
        YAMLMapper yaml = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();
        String completeText = yaml.writeValueAsString(complete);
        assertThat(SchemaCheck.loaderAccepts(completeText)).as(completeText).isTrue();
        assertThat(SchemaCheck.schemaAccepts(completeText)).isTrue();

        List<String> fields = new ArrayList<>();
        collectFields(schema, complete, "", fields);
        List<String> disagreements = new ArrayList<>();
        for (String pointer : fields) {
            ObjectNode emptied = complete.deepCopy();
            int cut = pointer.lastIndexOf('/');
            ((ObjectNode) emptied.at(pointer.substring(0, cut))).putNull(pointer.substring(cut + 1));
            String text = yaml.writeValueAsString(emptied);
            boolean required = REQUIRED.contains("#" + pointer.replace("/0/", "[]/"));
            if (SchemaCheck.loaderAccepts(text) == required || SchemaCheck.schemaAccepts(text) == required) {
                disagreements.add(pointer + " left empty: loader accepts " + SchemaCheck.loaderAccepts(text)
                        + ", schema accepts " + SchemaCheck.schemaAccepts(text) + ", listed as required " + required);
            }
        }

        assertThat(fields).hasSizeGreaterThan(50).contains("/tenant/name", "/connectors/0/senderIpAddresses",
                "/expect/questions");
        assertThat(disagreements).isEmpty();
    }

    /** JSON pointers to every field of the schema that the document gives or could give. */
    private static void collectFields(JsonNode schemaNode, JsonNode document, String pointer, List<String> fields) {
        for (Iterator<String> it = schemaNode.path("properties").fieldNames(); it.hasNext(); ) {
            String name = it.next();
            String fieldPointer = pointer + "/" + name;
            fields.add(fieldPointer);
            JsonNode property = schemaNode.get("properties").get(name);
            JsonNode value = document.path(name);
            if (value.isObject()) {
                collectFields(property, value, fieldPointer, fields);
            } else if (value.isArray() && value.size() > 0 && value.get(0).isObject() && property.path("items").has("properties")) {
                collectFields(property.get("items"), value.get(0), fieldPointer + "/0", fields);
            }
        }
    }

    @Test
    void theExpectSectionMatchesWhatTheLoaderReads() {
        JsonNode expect = schema.at("/properties/expect");
        assertThat(names(expect.get("properties")))
                .containsExactlyElementsOf(Arrays.stream(Expectation.class.getRecordComponents()).map(RecordComponent::getName).toList());
        assertThat(values(expect.at("/properties/causes/items/additionalProperties/enum"))).isEqualTo(Expectation.CONFIDENCES);
        assertThat(values(expect.at("/properties/actions/items/additionalProperties/enum"))).isEqualTo(Expectation.STATUSES);
    }

    @Test
    void theDriftCheckNoticesAFieldMissingFromTheSchema() {
        JsonNode tenant = schema.at("/properties/tenant").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) tenant.get("properties")).remove("hybrid");

        compareRecord(org.mailblock.facts.Tenant.class, tenant, "#/tenant", List.of());

        assertThat(drift).containsExactly("#/tenant: fields [name, trial, createdAt, hybrid] in the loader, "
                + "[name, trial, createdAt] in the schema");
    }

    private void compareRecord(Class<?> record, JsonNode node, String path, List<String> sideFields) {
        List<String> loaderFields = new ArrayList<>(Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList());
        loaderFields.addAll(sideFields);
        List<String> schemaFields = names(node.get("properties"));
        if (!loaderFields.equals(schemaFields)) {
            drift.add(path + ": fields " + loaderFields + " in the loader, " + schemaFields + " in the schema");
            return;
        }
        if (!node.path("additionalProperties").isBoolean() || node.get("additionalProperties").asBoolean()) {
            drift.add(path + ": unknown fields are not refused");
        }
        List<String> required = new ArrayList<>(values(node.get("required")));
        for (RecordComponent component : record.getRecordComponents()) {
            String fieldPath = path + "/" + component.getName();
            boolean mustBeGiven = REQUIRED.contains(fieldPath) && !REQUIRED_UNLESS_REPLACED.contains(fieldPath);
            if (required.contains(component.getName()) != mustBeGiven) {
                drift.add(fieldPath + ": required in " + (mustBeGiven ? "the loader only" : "the schema only"));
            }
            compareValue(component.getGenericType(), node.get("properties").get(component.getName()), fieldPath, !mustBeGiven);
        }
    }

    private void compareValue(Type type, JsonNode node, String path, boolean unknownAllowed) {
        if (types(node).contains("null") != unknownAllowed) {
            drift.add(path + ": " + (unknownAllowed ? "may be left empty in the loader, not in the schema"
                    : "may be left empty in the schema, not in the loader"));
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            expectType(node, "array", path);
            compareValue(list.getActualTypeArguments()[0], node.get("items"), path + "[]", false);
            return;
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isRecord()) {
            expectType(node, "object", path);
            compareRecord(raw, node, path, List.of());
        } else if (raw.isEnum() && FactEnum.class.isAssignableFrom(raw)) {
            List<String> wireNames = Arrays.stream(raw.getEnumConstants()).map(c -> ((FactEnum) c).wireName()).toList();
            List<String> schemaValues = values(node.get("enum")).stream().filter(v -> v != null).toList();
            if (!wireNames.equals(schemaValues)) {
                drift.add(path + ": values " + wireNames + " in the loader, " + schemaValues + " in the schema");
            }
        } else if (raw == Instant.class) {
            String reference = unknownAllowed ? "#/definitions/optionalDate" : "#/definitions/date";
            if (!reference.equals(node.path("$ref").asText())) {
                drift.add(path + ": a date in the loader, not " + reference + " in the schema");
            }
        } else if (raw == String.class) {
            expectType(node, "string", path);
        } else if (raw == Boolean.class) {
            expectType(node, "boolean", path);
        } else if (raw == Integer.class || raw == Long.class) {
            expectType(node, "integer", path);
            long largest = raw == Integer.class ? Integer.MAX_VALUE : Long.MAX_VALUE;
            boolean bounded = node.has("enum") || node.has("maximum") && node.get("maximum").asLong() <= largest;
            if (!bounded) {
                drift.add(path + ": no maximum within what the loader holds (" + largest + ")");
            }
        } else {
            drift.add(path + ": type " + raw.getSimpleName() + " has no counterpart in this check");
        }
    }

    private void expectType(JsonNode node, String expected, String path) {
        if (!types(node).contains(expected)) {
            drift.add(path + ": " + expected + " in the loader, " + types(node) + " in the schema");
        }
    }

    /** The JSON types a property allows, following a reference to a definition. */
    private List<String> types(JsonNode node) {
        if (node.has("$ref")) {
            return types(schema.at(node.get("$ref").asText().substring(1)));
        }
        if (node.has("anyOf")) {
            return StreamSupport.stream(node.get("anyOf").spliterator(), false).flatMap(n -> types(n).stream()).toList();
        }
        JsonNode type = node.path("type");
        return type.isArray() ? values(type) : List.of(type.asText());
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> values.add(value.isNull() ? null : value.asText()));
        }
        return values;
    }
}
