package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shaded jar, as the launcher runs it: Drools' services merged, the default rules inside. */
class PackagedCliIT {

    static final Path JAR = Path.of("target", "mailblock-cli.jar");

    @Test
    void theShadedJarDiagnosesASampleWithThePackagedRules() throws Exception {
        Result r = run("diagnose", "facts-samples/open-relay-hybrid-server.yaml");
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("compromised-on-premises-server").contains("EX2013-LEGACY");
        assertThat(r.err).isEmpty();
    }

    @Test
    void theShadedJarReportsABadFileWithExitCodeTwoAndNoStackTrace() throws Exception {
        Path bad = Files.createTempFile("mailblock-bad-", ".yaml");
        try {
            Files.writeString(bad, "mailblock: 2\n");
            Result r = run("diagnose", bad.toString());
            assertThat(r.code).isEqualTo(2);
            assertThat(r.out).isEmpty();
            assertThat(r.err).contains(bad.toString()).doesNotContain("\tat ");
        } finally {
            Files.deleteIfExists(bad);
        }
    }

    @Test
    void theShadedJarPrintsTheFactFileSchema() throws Exception {
        Result r = run("schema");
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).isEqualTo(Files.readString(Path.of("schema", "facts-v1.schema.json"), StandardCharsets.UTF_8));
    }

    @Test
    void theShadedJarPrintsTheDiagnosisSchema() throws Exception {
        Result r = run("schema", "--diagnosis");
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).isEqualTo(Files.readString(Path.of("schema", "diagnosis-v1.schema.json"), StandardCharsets.UTF_8));
    }

    @Test
    void theShadedJarCarriesTheTemplatesAndTheGermanTexts() throws Exception {
        Result html = run("diagnose", "--format", "html", "--lang", "de", "facts-samples/rogue-connector-after-admin-takeover.yaml");
        assertThat(html.code).as(html.err).isZero();
        assertThat(html.out).startsWith("<!DOCTYPE html>").contains("mailblock-Diagnose für contoso.onmicrosoft.com")
                .contains("<svg").contains("erforderlich");
        Result packet = run("packet", "--lang", "de", "facts-samples/rogue-connector-after-admin-takeover.yaml");
        assertThat(packet.code).as(packet.err).isZero();
        assertThat(packet.out).contains("## Noch nicht bereit für die Anfrage zur Entsperrung");
    }

    @Test
    void outsideTheProjectTheAuthoringCommandsUseThePackagedRulesAndCompileTheirProbes() throws Exception {
        Path elsewhere = Files.createTempDirectory("mailblock-elsewhere-");
        try {
            Result check = runIn(elsewhere, "check");
            assertThat(check.code).as(check.err).isZero();
            assertThat(check.out).matches("rules: \\d+ rules, 0 errors, 0 warnings\\n");
            Result explain = runIn(elsewhere, "explain", "--rule", "cause-server-open-relay",
                    Path.of("facts-samples/renewal-days-ago.yaml").toAbsolutePath().toString());
            assertThat(explain.code).as(explain.err).isZero();
            assertThat(explain.out).contains("RULE cause-server-open-relay (rules/causes-relay.drl:11) did not fire")
                    .contains("there is no OnPremisesServer fact");
        } finally {
            Files.deleteIfExists(elsewhere);
        }
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        return runIn(Path.of("."), args);
    }

    private static Result runIn(Path directory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("mailblock-out-", ".txt");
        Path err = Files.createTempFile("mailblock-err-", ".txt");
        try {
            Process p = new ProcessBuilder(command).directory(directory.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
