package org.mailblock.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /v1/diagnose answers what 'mailblock diagnose' prints, and refuses bad input with the loader's positions. */
class DiagnoseEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @AutoClose
    private static final Servers.Running running = Servers.start(Servers.settings());

    static List<Path> samples() {
        try (Stream<Path> files = Files.walk(Path.of("facts-samples"))) {
            return files.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> badFiles() {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/load/bad"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleIsAnsweredWithTheBytesTheCliPrintsAsJson(Path sample) throws IOException {
        Cli cli = Cli.run("diagnose", "--format", "json", sample.toString());

        Http.Reply reply = Http.post(running.uri("/v1/diagnose"), "application/yaml", Files.readAllBytes(sample));

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.mediaType()).isEqualTo("application/json");
        assertThat(reply.text()).isEqualTo(cli.out());
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void aBadFactFileIsRefusedWith400AndTheProblemsTheCliReportsWithTheirPositions(Path bad) throws IOException {
        Cli cli = Cli.run("diagnose", "--format", "json", bad.toString());

        Http.Reply reply = Http.post(running.uri("/v1/diagnose"), "application/yaml", Files.readAllBytes(bad));

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        JsonNode body = JSON.readTree(reply.body());
        assertThat(body.get("error").asText()).isEqualTo("invalid-facts");
        assertThat(body.get("problems")).isNotEmpty();
        // the same problems at the same places; only the name of the input differs
        List<String> fromServer = new java.util.ArrayList<>();
        for (JsonNode p : body.get("problems")) {
            assertThat(p.get("file").asText()).isEqualTo("request.yaml");
            fromServer.add(bad + (p.get("line").asInt() > 0 ? ":" + p.get("line").asInt() + ":" + p.get("column").asInt() : "") + ": "
                    + (p.get("path").asText().isEmpty() ? "" : p.get("path").asText() + ": ") + p.get("message").asText());
        }
        assertThat(cli.err().lines().filter(l -> l.startsWith(bad.toString()))).containsExactlyElementsOf(fromServer);
    }

    @Test
    void optionsInTheQueryGiveWhatTheSameCliOptionsPrint() throws IOException {
        Path sample = Path.of("facts-samples/rogue-connector-after-admin-takeover.yaml");
        Cli cli = Cli.run("diagnose", "--format", "text", "--lang", "de", "--redact", "--explain", sample.toString());

        Http.Reply reply = Http.post(running.uri("/v1/diagnose?format=text&lang=de&redact=true&explain=true"), "application/yaml",
                Files.readAllBytes(sample));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.mediaType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(reply.text()).isEqualTo(cli.out());
    }

    @Test
    void htmlAndMarkdownAreTheCliReportsToo() throws IOException {
        Path sample = Path.of("facts-samples/banned-sender.yaml");
        for (String format : List.of("html", "markdown")) {
            Cli cli = Cli.run("diagnose", "--format", format, sample.toString());

            Http.Reply reply = Http.post(running.uri("/v1/diagnose?format=" + format), "application/yaml", Files.readAllBytes(sample));

            assertThat(reply.text()).isEqualTo(cli.out());
        }
    }

    @Test
    void aJsonFactFileIsReadAsJsonAndAJsonEnvelopeCarriesOptions() throws IOException {
        Path sample = Path.of("facts-samples/bulk-newsletter-volume.yaml");
        String asJson = org.mailblock.ingest.FactFileJson.fromYaml(Files.readString(sample));
        Cli cli = Cli.run("diagnose", "--format", "markdown", "--lang", "de", sample.toString());

        Http.Reply plain = Http.post(running.uri("/v1/diagnose"), "application/json", asJson);
        String envelope = JSON.writeValueAsString(java.util.Map.of("facts", Files.readString(sample),
                "options", java.util.Map.of("format", "markdown", "lang", "de")));
        Http.Reply enveloped = Http.post(running.uri("/v1/diagnose"), "application/json; charset=utf-8", envelope);

        assertThat(plain.status()).as(plain.text()).isEqualTo(200);
        assertThat(plain.text()).isEqualTo(Cli.run("diagnose", "--format", "json", sample.toString()).out());
        assertThat(enveloped.status()).as(enveloped.text()).isEqualTo(200);
        assertThat(enveloped.text()).isEqualTo(cli.out());
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413BeforeItIsRead() {
        try (Servers.Running small = Servers.start(Servers.settings().withMaxBodyBytes(1000))) {
            Http.Reply reply = Http.post(small.uri("/v1/diagnose"), "application/yaml", "#".repeat(1001));

            assertThat(reply.status()).isEqualTo(413);
            assertThat(reply.text()).contains("\"error\" : \"too-large\"").contains("1000 bytes");
        }
    }

    @Test
    void unknownOptionsLanguagesAndMediaTypesAreRefusedWithAMessage() {
        byte[] facts = "mailblock: 1\n".getBytes(StandardCharsets.UTF_8);

        Http.Reply format = Http.post(running.uri("/v1/diagnose?format=pdf"), "application/yaml", facts);
        Http.Reply lang = Http.post(running.uri("/v1/diagnose?lang=xx"), "application/yaml", facts);
        Http.Reply typo = Http.post(running.uri("/v1/diagnose?fromat=text"), "application/yaml", facts);
        Http.Reply media = Http.post(running.uri("/v1/diagnose"), "application/xml", facts);

        assertThat(format.status()).isEqualTo(400);
        assertThat(format.text()).contains("unknown format 'pdf'");
        assertThat(lang.status()).isEqualTo(400);
        assertThat(lang.text()).contains("unknown language 'xx'").contains("en, de");
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.text()).contains("unknown option 'fromat'");
        assertThat(media.status()).isEqualTo(415);
    }

    @Test
    void theWrongMethodOrPathGetsAJsonErrorAndNeverAStackTrace() {
        Http.Reply get = Http.get(running.uri("/v1/diagnose"));
        Http.Reply missing = Http.get(running.uri("/v2/nothing"));

        assertThat(get.status()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(get.text() + missing.text()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
