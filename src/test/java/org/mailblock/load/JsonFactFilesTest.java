package org.mailblock.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailblock.load.LoadFailures.failureOf;
import static org.mailblock.load.LoadFailures.position;

/** The same fact file written as JSON loads to the same facts, and the same mistakes give the same problems. */
class JsonFactFilesTest {

    private static final FactFileLoader LOADER = FactFileLoader.standard();

    /** The YAML file's content as pretty-printed JSON. */
    static String asJson(Path yaml) throws IOException {
        JsonNode tree = new YAMLMapper().readTree(yaml.toFile());
        return new JsonMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
    }

    @Test
    void everySampleWrittenAsJsonLoadsToTheSameFactsAndExpectation(@TempDir Path dir) throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("facts-samples"))) {
            samples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThan(10);
        for (Path sample : samples) {
            Path json = dir.resolve(sample.getFileName().toString().replace(".yaml", ".json"));
            Files.writeString(json, asJson(sample));

            FactFile fromYaml = LOADER.load(sample);
            FactFile fromJson = LOADER.load(json);

            assertThat(fromJson.facts()).as(sample.toString()).isEqualTo(fromYaml.facts());
            assertThat(fromJson.expectation()).as(sample.toString()).isEqualTo(fromYaml.expectation());
        }
    }

    @Test
    void theSameFourMistakesGiveTheSameFourProblemsInYamlAndJsonEachAtItsPosition() {
        String yaml = """
                mailblock: 1
                collectedAt: 2026-11-20T10:00:00Z
                tenant:
                  nmae: contoso.onmicrosoft.com
                  trial: yes
                ndrs:
                  - code: 5.7.705
                    cuont: 3
                users:
                  - upn: alice@contoso.com
                    mfa: maybe
                """;
        String json = """
                {
                  "mailblock": 1,
                  "collectedAt": "2026-11-20T10:00:00Z",
                  "tenant": { "nmae": "contoso.onmicrosoft.com", "trial": "yes" },
                  "ndrs": [ { "code": "5.7.705", "cuont": 3 } ],
                  "users": [
                    { "upn": "alice@contoso.com", "mfa": "maybe" }
                  ]
                }
                """;

        List<FactFileProblem> inYaml = failureOf(() -> LOADER.load("tenant.yaml", yaml)).problems();
        List<FactFileProblem> inJson = failureOf(() -> LOADER.load("tenant.json", json)).problems();

        assertThat(inYaml).extracting(FactFileProblem::path)
                .containsExactly("tenant.nmae", "tenant.trial", "ndrs[0].cuont", "users[0].mfa");
        assertThat(inJson).extracting(FactFileProblem::path).isEqualTo(inYaml.stream().map(FactFileProblem::path).toList());
        assertThat(inJson).extracting(FactFileProblem::message)
                .isEqualTo(inYaml.stream().map(FactFileProblem::message).toList());
        assertThat(inYaml).extracting(LoadFailures::position).containsExactly("4:3", "5:10", "8:5", "11:10");
        assertThat(inJson).extracting(LoadFailures::position).containsExactly("4:15", "4:59", "5:34", "7:42");
    }

    @Test
    void aJsonSyntaxErrorIsReportedWhereItIs() {
        String json = "{\n  \"mailblock\": 1,\n  \"tenant\": { name: \"contoso.onmicrosoft.com\" }\n}\n";

        FactFileProblem problem = failureOf(() -> LOADER.load("tenant.json", json)).problems().get(0);

        assertThat(position(problem)).isEqualTo("3:15");
        assertThat(problem.message()).startsWith("JSON syntax error: unexpected character 'n'")
                .contains("double-quote to start field name");
    }

    @Test
    void anUnclosedJsonObjectSaysWhatIsMissing() {
        FactFileProblem problem = failureOf(() -> LOADER.load("tenant.json", "{\"mailblock\": 1,\n \"ndrs\": [")).problems().get(0);

        assertThat(problem.message()).startsWith("JSON syntax error: unexpected end-of-input")
                .endsWith("a quote, brace or bracket is not closed");
    }

    @Test
    void textAfterTheJsonObjectIsRefused() {
        String json = """
                {"mailblock": 1, "collectedAt": "2026-11-20T10:00:00Z", "tenant": {"name": "contoso.onmicrosoft.com"},
                 "ndrs": [{"code": "5.7.705"}]}
                {"mailblock": 1}
                """;

        FactFileProblem problem = failureOf(() -> LOADER.load("tenant.json", json)).problems().get(0);

        assertThat(position(problem)).isEqualTo("3:1");
        assertThat(problem.message()).startsWith("one fact file holds one object; more text follows it here");
    }

    @Test
    void standardInputStartingWithABraceIsReadAsJson() throws Exception {
        String json = """
                  {"mailblock": 1, "collectedAt": "2026-11-20T10:00:00Z",
                   "tenant": {"name": "contoso.onmicrosoft.com"}, "ndrs": [{"code": "5.7.705", "count": 2}]}
                """;

        FactFile file = LOADER.load("<stdin>", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(file.facts().ndrs()).singleElement().satisfies(ndr -> assertThat(ndr.count()).isEqualTo(2L));
    }

    @Test
    void jsonRefusesWhatYamlRefuses() {
        String json = """
                {"mailblock": 1, "collectedAt": "2026-11-20T10:00:00Z",
                 "tenant": {"name": "contoso.onmicrosoft.com", "trial": 1},
                 "ndrs": [{"code": "5.7.705", "count": "3"}]}
                """;

        List<FactFileProblem> problems = failureOf(() -> LOADER.load("tenant.json", json)).problems();

        assertThat(problems).extracting(FactFileProblem::path).containsExactly("tenant.trial", "ndrs[0].count");
        assertThat(problems.get(1).message()).isEqualTo("expected a whole number; found text '3' (write it without quotes)");
    }
}
