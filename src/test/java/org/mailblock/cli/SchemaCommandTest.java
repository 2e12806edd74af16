package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mailblock.load.FactFileSchema;

class SchemaCommandTest {

    @Test
    void schemaPrintsThePublishedSchemaExactlyAndExitsZero() throws IOException {
        CliRun run = CliRun.of("schema");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(Files.readString(Path.of("schema", "facts-v1.schema.json"), StandardCharsets.UTF_8))
                .isEqualTo(FactFileSchema.text());
        JsonNode schema = new ObjectMapper().readTree(run.out());
        assertThat(schema.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(schema.get("properties").has("connectors")).isTrue();
    }

    @Test
    void schemaHelpSaysHowToUseItInAnEditor() {
        CliRun run = CliRun.of("schema", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("# yaml-language-server: $schema=facts-v1.schema.json")
                .contains("VS Code").contains("YAML extension").contains("mailblock schema > facts-v1.schema.json");
    }

    @Test
    void schemaIsListedAmongTheCommands() {
        assertThat(CliRun.of("--help").out()).contains("schema");
    }

    @Test
    void schemaTakesNoFile() {
        CliRun run = CliRun.of("schema", "tenant.yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("tenant.yaml");
    }
}
