package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandsTest {

    static final String SAMPLE = MailblockCliTest.SAMPLE;
    static final String READY = "facts-samples/secured-tenant-ready-for-unblock.yaml";

    @TempDir
    Path dir;

    @Test
    void markdownAndHtmlReportsInGermanAndEnglish() {
        CliRun md = CliRun.of("diagnose", "--format", "markdown", "--lang", "de", SAMPLE);
        assertThat(md.exitCode()).isZero();
        assertThat(md.out()).startsWith("# mailblock-Diagnose für contoso.onmicrosoft.com\n").contains("## Plan, in dieser Reihenfolge")
                .contains("- [ ] **1. ");
        CliRun html = CliRun.of("diagnose", "--format", "html", "--lang", "en", SAMPLE);
        assertThat(html.exitCode()).isZero();
        assertThat(Jsoup.parse(html.out()).select("ol.plan > li")).hasSize(6);
    }

    @Test
    void anUnknownLanguageIsBadUsageNamingTheLanguagesThereAre() {
        CliRun run = CliRun.of("diagnose", "--lang", "fr", SAMPLE);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--lang").contains("en, de");
    }

    @Test
    void redactReplacesAddressesInEveryFormat() {
        for (String format : List.of("text", "json", "markdown", "html")) {
            CliRun run = CliRun.of("diagnose", "--format", format, "--redact", "--lang", "en", SAMPLE);
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).as(format).doesNotContain("contoso").doesNotContain("helpdesk@").contains("tenant1.onmicrosoft.com");
        }
    }

    @Test
    void outputWritesTheReportToAFileAndNothingToStandardOutput() throws IOException {
        Path report = dir.resolve("report.html");
        CliRun run = CliRun.of("diagnose", "--format", "html", "--lang", "en", "-o", report.toString(), SAMPLE);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(report);
        }
    }

    @Test
    void anOutputFileThatCannotBeWrittenExitsTwo() {
        CliRun run = CliRun.of("diagnose", "-o", dir.resolve("no/such/folder/report.txt").toString(), SAMPLE);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot write");
    }

    @Test
    void aFolderIsABatchWithOneJsonLinePerFileInPathOrderAndASummaryOnStandardError() throws IOException {
        Path tenants = Files.createDirectories(dir.resolve("tenants/sub"));
        Files.copy(Path.of(SAMPLE), tenants.resolve("b.yaml"));
        Files.copy(Path.of(READY), dir.resolve("tenants/a.yml"));
        Files.writeString(tenants.resolve("c.yaml"), "mailblock: 1\n");
        CliRun run = CliRun.of("diagnose", "--format", "jsonl", "--lang", "en", dir.resolve("tenants").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("source").asText()).endsWith("a.yml");
        assertThat(first.get("tenant").asText()).isEqualTo("wideworldimporters.onmicrosoft.com");
        assertThat(new ObjectMapper().readTree(lines.get(1)).get("source").asText()).endsWith("b.yaml");
        JsonNode failed = new ObjectMapper().readTree(lines.get(2));
        assertThat(failed.get("source").asText()).endsWith("c.yaml");
        assertThat(failed.get("failed").asBoolean()).isTrue();
        assertThat(failed.get("problems")).extracting(p -> p.get("path").asText()).containsExactly("collectedAt", "tenant", "ndrs");
        assertThat(run.err()).contains("c.yaml:").contains("Summary of 3 files: 2 diagnosed, 1 failed")
                .contains("Tenants per leading cause").contains("compromised-accounts").contains("Tenants per next action")
                .contains("Files that failed");
    }

    @Test
    void aBatchOfGoodFilesExitsZeroWithTheSummaryAfterTheReports() {
        CliRun run = CliRun.of("diagnose", "--format", "markdown", "--lang", "en", SAMPLE, READY);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("## Summary of 2 files: 2 diagnosed, 0 failed").contains("### Tenants per leading cause")
                .contains("| `compromised-accounts` | User or admin accounts taken over and sending spam | 2 |");
        assertThat(run.out().indexOf("## Summary of 2 files")).isGreaterThan(run.out().lastIndexOf("# mailblock diagnosis of"));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void severalFilesAsJsonStayOneArrayInTheGivenOrder() throws IOException {
        CliRun batch = CliRun.of("diagnose", "--format", "json", "--lang", "en", READY, SAMPLE);
        JsonNode json = new ObjectMapper().readTree(batch.out());
        assertThat(json.isArray()).isTrue();
        assertThat(json.get(0).get("tenant").asText()).isEqualTo("wideworldimporters.onmicrosoft.com");
        assertThat(json.get(1).get("tenant").asText()).isEqualTo("contoso.onmicrosoft.com");
        assertThat(batch.err()).contains("Summary of 2 files");
        // the array is laid out exactly as the single-file reports are
        assertThat(json.get(1)).isEqualTo(new ObjectMapper().readTree(CliRun.of("diagnose", "--format", "json", "--lang", "en", SAMPLE).out()));
    }

    @Test
    void htmlTakesOneFileOrAnOutputFolder() {
        CliRun run = CliRun.of("diagnose", "--format", "html", SAMPLE, READY);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("one page").contains("--output-dir");
    }

    @Test
    void anOutputFolderGetsOneReportPerFileAndStandardOutputTheSummary() throws IOException {
        Path tenants = Files.createDirectories(dir.resolve("tenants/sub"));
        Files.copy(Path.of(SAMPLE), dir.resolve("tenants/tenant.yaml"));
        Files.copy(Path.of(READY), tenants.resolve("tenant.yaml"));
        Files.writeString(tenants.resolve("broken.yaml"), "mailblock: 1\n");
        Path reports = dir.resolve("reports");
        CliRun run = CliRun.of("diagnose", "--format", "html", "--lang", "de", "--output-dir", reports.toString(),
                dir.resolve("tenants").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith("Zusammenfassung über 3 Dateien: 2 diagnostiziert, 1 fehlgeschlagen");
        assertThat(run.err()).contains("broken.yaml");
        // the reports mirror the folders: two files of the same name in different folders never meet
        assertThat(Jsoup.parse(Files.readString(reports.resolve("sub/tenant.html"))).select("h1").text())
                .isEqualTo("mailblock-Diagnose für wideworldimporters.onmicrosoft.com");
        assertThat(Jsoup.parse(Files.readString(reports.resolve("tenant.html"))).select("h1").text())
                .isEqualTo("mailblock-Diagnose für contoso.onmicrosoft.com");
        try (var files = Files.walk(reports)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> reports.relativize(p).toString()).sorted().toList())
                    .containsExactly("sub/tenant.html", "tenant.html");
        }
    }

    @Test
    void reportsOfSeveralInputsKeepTheLayoutBelowTheFolderTheyShare() throws IOException {
        Path east = Files.createDirectories(dir.resolve("regions/east/a/b"));
        Path west = Files.createDirectories(dir.resolve("regions/west"));
        Files.copy(Path.of(SAMPLE), east.resolve("x.yaml"));
        Files.copy(Path.of(READY), west.resolve("x.yml"));
        Path reports = dir.resolve("reports");
        CliRun run = CliRun.of("diagnose", "--format", "json", "--no-progress", "--output-dir", reports.toString(),
                dir.resolve("regions/east").toString(), west.resolve("x.yml").toString());
        assertThat(run.exitCode()).isZero();
        try (var files = Files.walk(reports)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> reports.relativize(p).toString()).sorted().toList())
                    .containsExactly("east/a/b/x.json", "west/x.json");
        }
    }

    @Test
    void aYamlAndAYmlOfTheSameNameAreRefusedBeforeAnythingIsDiagnosed() throws IOException {
        Path tenants = Files.createDirectories(dir.resolve("tenants"));
        Files.copy(Path.of(SAMPLE), tenants.resolve("x.yaml"));
        Files.copy(Path.of(READY), tenants.resolve("x.yml"));
        Path reports = dir.resolve("reports");
        CliRun run = CliRun.of("diagnose", "--no-progress", "--output-dir", reports.toString(), tenants.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(tenants.resolve("x.yaml") + " and " + tenants.resolve("x.yml") + " would both be reported in "
                + reports.resolve("x.txt")).contains("Nothing was diagnosed");
        assertThat(run.out()).isEmpty();
        assertThat(Files.exists(reports.resolve("x.txt"))).isFalse();
    }

    @Test
    void aFileThatFailsIsALineOfTheJsonLinesStreamWithItsPositionAndExitCode() throws IOException {
        Path tenants = Files.createDirectories(dir.resolve("tenants"));
        Files.copy(Path.of(SAMPLE), tenants.resolve("a.yaml"));
        Files.writeString(tenants.resolve("b.yaml"), "mailblock: 1\ncollectedAt: 2026-11-20T10:00:00Z\ntenant:\n  name: b.onmicrosoft.com\n"
                + "ndrs:\n  - code: 5.7.705\n    cuont: 3\n");
        Files.copy(Path.of(READY), tenants.resolve("c.yaml"));
        CliRun run = CliRun.of("diagnose", "--format", "jsonl", "--no-progress", tenants.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("{\"source\":\"" + tenants.resolve("a.yaml") + "\",\"tenant\":");
        String file = tenants.resolve("b.yaml").toString();
        assertThat(lines.get(1)).startsWith("{\"source\":\"" + file + "\",\"failed\":true,\"exitCode\":2,\"problems\":[{\"file\":\""
                + file + "\",\"line\":7,\"column\":5,\"path\":\"ndrs[0].cuont\",\"message\":");
        assertThat(lines.get(2)).startsWith("{\"source\":\"" + tenants.resolve("c.yaml") + "\",\"tenant\":");
        // the problem is still on standard error for a person, and in the summary
        assertThat(run.err()).contains(file + ":7:5").contains("1 failed");
    }

    @Test
    void anEmptyFolderIsBadInput() throws IOException {
        CliRun run = CliRun.of("diagnose", Files.createDirectories(dir.resolve("empty")).toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no fact files");
    }

    @Test
    void packetSaysPlainlyWhenTheRequestIsPremature() {
        CliRun run = CliRun.of("packet", "--lang", "en", SAMPLE);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("## Not ready to request the unblock").contains("**1. Find and remove inbound connectors");
        CliRun ready = CliRun.of("packet", "--lang", "de", "--format", "html", READY);
        assertThat(ready.exitCode()).isZero();
        assertThat(Jsoup.parse(ready.out()).select("#state h2").text()).isEqualTo("Bereit für die Anfrage zur Entsperrung");
    }

    @Test
    void packetRedactsAndRefusesBadFiles() throws IOException {
        CliRun run = CliRun.of("packet", "--lang", "en", "--redact", SAMPLE);
        assertThat(run.out()).doesNotContain("contoso").contains("tenant1.onmicrosoft.com");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "mailblock: 2\n");
        CliRun failed = CliRun.of("packet", bad.toString());
        assertThat(failed.exitCode()).isEqualTo(2);
        assertThat(failed.out()).isEmpty();
        assertThat(failed.err()).contains("bad.yaml");
    }

    @Test
    void helpNamesTheNewOptionsAndCommands() {
        assertThat(CliRun.of("--help").out()).contains("packet");
        assertThat(CliRun.of("diagnose", "--help").out()).contains("--lang").contains("--redact").contains("jsonl")
                .contains("markdown").contains("html").contains("FILE|DIR");
        assertThat(CliRun.of("packet", "--help").out()).contains("premature").contains("--format");
    }
    @Test
    void aFileWithMoreMistakesThanTheLimitSaysMoreMayFollow(@TempDir Path dir) throws Exception {
        StringBuilder yaml = new StringBuilder("mailblock: 1\ncollectedAt: 2026-11-20T10:00:00Z\ntenant:\n  name: contoso.onmicrosoft.com\nndrs:\n");
        for (int i = 0; i < 70; i++) {
            yaml.append("  - code: bogus").append(i).append('\n');
        }
        Path many = Files.writeString(dir.resolve("many.yaml"), yaml);
        Path two = Files.writeString(dir.resolve("two.yaml"), yaml.toString().replace("bogus1\n", "5.7.1\n")
                .lines().limit(7).collect(Collectors.joining("\n", "", "\n")));

        CliRun run = CliRun.of("diagnose", many.toString());
        CliRun fewer = CliRun.of("diagnose", two.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().lines().filter(l -> l.contains(": ndrs[")).count()).isEqualTo(50);
        assertThat(run.err()).endsWith("mailblock: the first 50 problems in the fact file (reading stops there; more may follow); "
                + "nothing was diagnosed.\n");
        assertThat(fewer.err()).endsWith("mailblock: 1 problem in the fact file; nothing was diagnosed.\n");
    }
}
