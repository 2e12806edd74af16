package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.facts.VisibleText;

/** What a user reads on the terminal when a fact file or its name is hostile: escapes, never the raw characters. */
class HostileNamesCliTest {

    private static final String SAMPLE = "facts-samples/rogue-connector-after-admin-takeover.yaml";
    private static final String TERMINAL_TITLE = "\u001B]0;owned\u0007";

    @TempDir
    Path dir;

    @Test
    void aFileNameThatWouldDriveTheTerminalIsEscapedInItsErrorMessages() throws IOException {
        Path broken = Files.writeString(dir.resolve("x" + TERMINAL_TITLE + "\u202E.yaml"), "mailblock: 1\n");
        CliRun run = CliRun.of("diagnose", broken.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("x\\u001B]0;owned\\u0007\\u202E.yaml:");
        onlyVisible(run.err());
    }

    @Test
    void aFileNameThatWouldDriveTheTerminalIsEscapedInTheBatchHeadersAndSummary() throws IOException {
        Files.copy(Path.of(SAMPLE), dir.resolve("a" + TERMINAL_TITLE + ".yaml"));
        Files.writeString(dir.resolve("b\u2028broken.yaml"), "mailblock: 1\n");
        CliRun run = CliRun.of("diagnose", "--no-progress", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("==== " + dir + "/a\\u001B]0;owned\\u0007.yaml ====").contains("b\\u2028broken.yaml");
        onlyVisible(run.out());
        onlyVisible(run.err());
    }

    @Test
    void explainShowsAHostileValueEscaped() throws IOException {
        Path file = Files.writeString(dir.resolve("t.yaml"), Files.readString(Path.of(SAMPLE), StandardCharsets.UTF_8)
                .replace("name: Partner relay", "name: \"Partner\\e[2J\\nmailblock diagnosis of evil\\u202E\""));
        CliRun run = CliRun.of("explain", file.toString());
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("Partner\\u001B[2J\\nmailblock diagnosis of evil\\u202E");
        onlyVisible(run.out());
    }

    @Test
    void withRedactTheFileNamesInJsonLinesAndTheHeadersNameNoTenantWhileReportFilesMirrorTheInputs() throws IOException {
        Path tenants = Files.createDirectories(dir.resolve("tenants"));
        Files.copy(Path.of(SAMPLE), tenants.resolve("contoso.onmicrosoft.com.yaml"));
        Files.copy(Path.of(SAMPLE), tenants.resolve("contoso-2026-11.yaml"));
        CliRun lines = CliRun.of("diagnose", "--format", "jsonl", "--redact", "--no-progress", tenants.toString());
        assertThat(lines.exitCode()).isEqualTo(0);
        assertThat(lines.out()).doesNotContainIgnoringCase("contoso").contains("\"source\":\"" + tenants + "/tenant1-2026-11.yaml\"")
                .contains("\"source\":\"" + tenants + "/tenant1.onmicrosoft.com.yaml\"");

        Path reports = dir.resolve("reports");
        CliRun files = CliRun.of("diagnose", "--format", "markdown", "--redact", "--no-progress", "--output-dir", reports.toString(),
                tenants.toString());
        assertThat(files.exitCode()).isEqualTo(0);
        // redaction is per file (every tenant becomes tenant1), so the report files keep the names the analyst gave the inputs
        try (var written = Files.list(reports)) {
            assertThat(written.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("contoso-2026-11.md", "contoso.onmicrosoft.com.md");
        }
        try (var written = Files.list(reports)) {
            for (Path report : written.toList()) {
                assertThat(Files.readString(report)).doesNotContainIgnoringCase("contoso");
            }
        }
        CliRun text = CliRun.of("diagnose", "--redact", "--no-progress", tenants.toString());
        assertThat(text.out()).contains("==== " + tenants + "/tenant1-2026-11.yaml ====").doesNotContainIgnoringCase("contoso");
    }

    private static void onlyVisible(String output) {
        assertThat(output.codePoints().filter(c -> c != '\n' && VisibleText.needsEscape(c)).mapToObj(c -> String.format("U+%04X", c)))
                .as("characters that drive the terminal or hide").isEmpty();
    }
}
