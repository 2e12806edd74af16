package org.mailblock.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.RuleFolders;
import org.mailblock.load.FactFileSchema;
import org.mailblock.report.DiagnosisSchema;

/** The endpoints that describe the service, and the service's answers when its rules do not compile. */
class ServiceEndpointsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @AutoClose
    private static final Servers.Running running = Servers.start(Servers.settings());

    @Test
    void infoNamesTheVersionTheRulesHashAndWhenTheRulesWereLoaded() throws Exception {
        String packagedHash = DiagnosisEngine.builder().build().info().rulesHash();

        JsonNode info = JSON.readTree(Http.get(running.uri("/v1/info")).body());

        assertThat(info.get("rulesHash").asText()).isEqualTo(packagedHash);
        assertThat(info.get("version").asText()).isEqualTo(org.mailblock.engine.Version.current());
        assertThat(Instant.parse(info.get("loadedAt").asText())).isBeforeOrEqualTo(Instant.now());
        assertThat(info.get("rules").asText()).isEqualTo("packaged");
        assertThat(info.get("ready").asBoolean()).isTrue();
    }

    @Test
    void rulesListsEveryRuleTheCliLists() throws Exception {
        JsonNode rules = JSON.readTree(Http.get(running.uri("/v1/rules")).body());

        assertThat(rules.get("rules")).hasSize(DiagnosisEngine.builder().build().rules().size());
        assertThat(rules.get("rules").get(0).get("file").asText()).endsWith(".drl");
    }

    @Test
    void theSchemasAndTheOpenApiDescriptionAreServedAsTheyAreInTheRepository() throws IOException {
        assertThat(Http.get(running.uri("/v1/schema")).text()).isEqualTo(FactFileSchema.text());
        assertThat(Http.get(running.uri("/v1/schema/diagnosis")).text()).isEqualTo(DiagnosisSchema.text());
        assertThat(Http.get(running.uri("/v1/openapi")).text()).isEqualTo(Files.readString(OpenApiContract.FILE, StandardCharsets.UTF_8));
    }

    @Test
    void everyPathTheDescriptionNamesIsServed() {
        OpenApiContract.DOCUMENT.get("paths").fieldNames().forEachRemaining(path -> {
            if (OpenApiContract.DOCUMENT.get("paths").get(path).has("get")) {
                assertThat(Http.get(running.uri(path)).status()).as(path).isEqualTo(200);
            }
        });
    }

    @Test
    void healthAndReadinessAnswer200WhileTheRulesServe() {
        assertThat(Http.get(running.uri("/healthz")).status()).isEqualTo(200);
        assertThat(Http.get(running.uri("/readyz")).status()).isEqualTo(200);
    }

    @Test
    void rulesThatDoNotCompileAreAnswered503WithTheirProblemsWhileTheProcessStaysAlive(@TempDir Path dir) throws IOException {
        Path rules = RuleFolders.copyOfProjectRules(dir);
        RuleCopies.append(rules, "classify.drl", "\nrule \"broken\" when then nonsense( end\n");
        try (Servers.Running broken = Servers.start(Servers.settings().withRules(rules, true))) {
            Http.Reply diagnose = Http.post(broken.uri("/v1/diagnose"), "application/yaml",
                    Files.readAllBytes(Path.of("facts-samples/banned-sender.yaml")));
            Http.Reply ready = Http.get(broken.uri("/readyz"));
            Http.Reply health = Http.get(broken.uri("/healthz"));

            assertThat(diagnose.status()).isEqualTo(503);
            JsonNode body = JSON.readTree(diagnose.body());
            assertThat(body.get("error").asText()).isEqualTo("rules-do-not-compile");
            assertThat(body.get("problems").get(0).get("file").asText()).endsWith("classify.drl");
            assertThat(body.get("problems").get(0).get("line").asInt()).isPositive();
            assertThat(ready.status()).isEqualTo(503);
            assertThat(health.status()).isEqualTo(200);
            assertThat(broken.server().ready()).isFalse();
        }
    }
}
