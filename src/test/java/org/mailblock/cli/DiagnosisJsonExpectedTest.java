package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mailblock.diagnosis.EngineInfo;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.RuleBaseException;

/**
 * 'diagnose --format json' on three samples, field by field and key by key, against expected files
 * written out and reviewed by hand under src/test/resources/diagnosis-json/. Together they hold
 * targets, commands with targets filled in and on-premises ones, evidence arguments (counts,
 * durations, names, none), questions about named entries, waiting steps, and a banned and an
 * unbanned tenant. Only the engine's version and rules hash are placeholders there, checked against
 * the running engine, so that a new rule elsewhere does not change these files.
 */
class DiagnosisJsonExpectedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static EngineInfo engine;

    @BeforeAll
    static void engine() throws RuleBaseException {
        engine = DiagnosisEngine.builder().build().info();
    }

    @ParameterizedTest
    @ValueSource(strings = {"banned-ip-open-relay-scanner-server", "restricted-connector", "domain-added-but-not-verified"})
    void jsonOutputIsExactlyTheReviewedExpectedFile(String sample) {
        CliRun run = CliRun.of("diagnose", "--format", "json", "facts-samples/" + sample + ".yaml");
        assertThat(run.exitCode()).as(run.err()).isZero();

        JsonNode expected = expected(sample);
        JsonNode actual = parse(run.out());

        assertThat(firstDifference(expected, actual, "")).as(sample).isEmpty();
    }

    @Test
    void firstDifferenceNamesThePathOfAChangedMissingOrReorderedField() {
        JsonNode expected = parse("{\"a\": [1, {\"b\": \"x\", \"c\": []}], \"d\": true}");

        assertThat(firstDifference(expected, parse("{\"a\": [1, {\"b\": \"y\", \"c\": []}], \"d\": true}"), ""))
                .hasValue("/a/1/b: expected \"x\" but was \"y\"");
        assertThat(firstDifference(expected, parse("{\"a\": [1, {\"b\": \"x\"}], \"d\": true}"), ""))
                .hasValue("/a/1: expected the keys [b, c] in this order but were [b]");
        assertThat(firstDifference(expected, parse("{\"d\": true, \"a\": [1, {\"b\": \"x\", \"c\": []}]}"), ""))
                .hasValue(": expected the keys [a, d] in this order but were [d, a]");
        assertThat(firstDifference(expected, parse("{\"a\": [1], \"d\": true}"), ""))
                .hasValue("/a: expected 2 entries but was 1");
        assertThat(firstDifference(expected, expected.deepCopy(), "")).isEmpty();
    }

    /** The expected diagnosis, with the running engine's version and rules hash in place of their placeholders. */
    private static JsonNode expected(String sample) {
        try (InputStream in = DiagnosisJsonExpectedTest.class.getResourceAsStream("/diagnosis-json/" + sample + ".json")) {
            assertThat(in).as("expected file for " + sample).isNotNull();
            ObjectNode expected = (ObjectNode) JSON.readTree(in);
            ObjectNode engineNode = (ObjectNode) expected.get("engine");
            assertThat(engineNode.get("version").asText()).isEqualTo("<version>");
            assertThat(engineNode.get("rulesHash").asText()).isEqualTo("<rulesHash>");
            engineNode.put("version", engine.version()).put("rulesHash", engine.rulesHash());
            return expected;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON Pointer of the first place the trees differ, and how; keys must also come in the same order. */
    static Optional<String> firstDifference(JsonNode expected, JsonNode actual, String path) {
        if (expected.getNodeType() != actual.getNodeType()) {
            return Optional.of(path + ": expected " + expected + " but was " + actual);
        }
        if (expected.isObject()) {
            List<String> expectedKeys = keys(expected);
            List<String> actualKeys = keys(actual);
            if (!expectedKeys.equals(actualKeys)) {
                return Optional.of(path + ": expected the keys " + expectedKeys + " in this order but were " + actualKeys);
            }
            for (String key : expectedKeys) {
                Optional<String> difference = firstDifference(expected.get(key), actual.get(key), path + "/" + key);
                if (difference.isPresent()) {
                    return difference;
                }
            }
            return Optional.empty();
        }
        if (expected.isArray()) {
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                Optional<String> difference = firstDifference(expected.get(i), actual.get(i), path + "/" + i);
                if (difference.isPresent()) {
                    return difference;
                }
            }
            return expected.size() == actual.size() ? Optional.empty()
                    : Optional.of(path + ": expected " + expected.size() + " entries but was " + actual.size());
        }
        return expected.equals(actual) ? Optional.empty() : Optional.of(path + ": expected " + expected + " but was " + actual);
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
