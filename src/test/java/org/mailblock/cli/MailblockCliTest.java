package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailblockCliTest {

    static final String SAMPLE = "facts-samples/rogue-connector-after-admin-takeover.yaml";
    static final String OTHER_SAMPLE = "facts-samples/recipient-blocked-by-tabl.yaml";

    @TempDir
    Path dir;

    @Test
    void diagnosingASamplePrintsTheReportAndExitsZero() {
        CliRun run = CliRun.of("diagnose", SAMPLE);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("mailblock diagnosis of contoso.onmicrosoft.com")
                .contains("BANNED").contains("ROOT CAUSES").contains("PLAN").contains("QUESTIONS")
                .contains("[confirmed]").contains("malicious-inbound-connector").contains("connectors[0].recognized = false")
                .contains("request-unblock");
    }

    @Test
    void theTextReportFitsInEightyColumnsExceptCommands() {
        CliRun run = CliRun.of("diagnose", SAMPLE);
        for (String line : run.out().split("\n")) {
            boolean command = line.trim().startsWith("check: ") || line.trim().startsWith("fix:   ");
            if (!command) {
                assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
            }
        }
    }

    @Test
    void jsonHasTheContractKeysAndIsByteIdenticalAcrossRuns() throws IOException {
        CliRun first = CliRun.of("diagnose", "--format", "json", SAMPLE);
        CliRun second = CliRun.of("diagnose", "--format", "json", SAMPLE);
        assertThat(first.exitCode()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        JsonNode json = new ObjectMapper().readTree(first.out());
        assertThat(fieldNames(json)).startsWith("tenant", "collectedAt", "engine")
                .contains("symptoms", "rootCauses", "actions", "questions").doesNotContain("trace");
        assertThat(fieldNames(json.get("engine"))).containsExactly("version", "rulesHash");
        assertThat(fieldNames(json.get("symptoms").get(0))).contains("id", "code", "count");
        assertThat(fieldNames(json.get("rootCauses").get(0))).contains("id", "title", "confidence", "evidence", "rules");
        assertThat(fieldNames(json.get("rootCauses").get(0).get("evidence").get(0))).contains("fact", "detail");
        assertThat(fieldNames(json.get("actions").get(0))).contains("step", "id", "title", "status", "because", "commands");
        assertThat(fieldNames(json.get("questions").get(0))).contains("id", "ask", "how", "matters");
    }

    @Test
    void explainAddsTheTraceOfFiredRules() throws IOException {
        CliRun run = CliRun.of("diagnose", "--format", "json", "--explain", SAMPLE);
        JsonNode trace = new ObjectMapper().readTree(run.out()).get("trace");
        assertThat(trace).isNotNull();
        assertThat(trace.get(0).get("rule").asText()).isEqualTo("classify-tenant-over-threshold");
        assertThat(trace.get(0).get("matched").get(0).asText()).contains("5.7.705");
        assertThat(CliRun.of("diagnose", "--explain", SAMPLE).out()).contains("TRACE").contains("cause-connector-unrecognized");
    }

    @Test
    void severalFilesGiveOneJsonArrayInTheGivenOrder() throws IOException {
        CliRun run = CliRun.of("diagnose", "--format", "json", SAMPLE, OTHER_SAMPLE);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.isArray()).isTrue();
        assertThat(json.get(0).get("tenant").asText()).isEqualTo("contoso.onmicrosoft.com");
        assertThat(json.get(1).get("tenant").asText()).isEqualTo("margiestravel.onmicrosoft.com");
        assertThat(CliRun.of("diagnose", SAMPLE, OTHER_SAMPLE).out()).contains("==== " + SAMPLE + " ====")
                .contains("==== " + OTHER_SAMPLE + " ====");
    }

    @Test
    void aBadFactFileExitsTwoWithItsPositionAndWritesNothingToStandardOutput() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, """
                mailblock: 1
                collectedAt: 2026-11-20T10:00:00Z
                tenant:
                  name: contoso.onmicrosoft.com
                ndrs:
                  - code: 5.7.705
                    cuont: 3
                """);
        CliRun run = CliRun.of("diagnose", bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(bad + ":7:5").contains("ndrs[0]").contains("cuont").contains("nothing was diagnosed");
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aBadFileAmongSeveralIsReportedWithItsPositionAndTheOthersAreStillDiagnosed() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "mailblock: 1\ncollectedAt: 2026-11-20T10:00:00Z\ntenant:\n  name: x.onmicrosoft.com\nndrs:\n  - code: 5.7.705\n    cuont: 3\n");
        CliRun run = CliRun.of("diagnose", SAMPLE, bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("==== " + SAMPLE + " ====").contains("mailblock diagnosis of contoso.onmicrosoft.com")
                .contains("Files that failed").contains(bad.toString());
        assertThat(run.err()).contains(bad + ":7:5").contains("cuont").doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aMissingFileExitsTwo() {
        CliRun run = CliRun.of("diagnose", dir.resolve("nope.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("nope.yaml");
    }

    @Test
    void aRuleBaseThatDoesNotCompileExitsThreeWithFileAndLine() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.copy(Path.of("rules/catalogue.yaml"), rules.resolve("catalogue.yaml"));
        Files.writeString(rules.resolve("broken.drl"), "package mailblock;\n\nrule \"Broken\" @id(\"broken\")\nwhen\n    Tenant( name == )\nthen\nend\n");
        CliRun run = CliRun.of("diagnose", "--rules", rules.toString(), SAMPLE);
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(rules.resolve("broken.drl") + ":5:").contains("does not compile");
    }

    @Test
    void aLoopingRuleBaseExitsThreeAndNamesTheRule() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.copy(Path.of("rules/catalogue.yaml"), rules.resolve("catalogue.yaml"));
        Files.copy(Path.of("src/test/resources/rule-fixtures/loop.drl"), rules.resolve("loop.drl"));
        CliRun run = CliRun.of("diagnose", "--rules", rules.toString(), SAMPLE);
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("did not settle").contains("echo-forever");
    }

    @Test
    void theProjectRulesFolderGivesTheSameDiagnosisAsThePackagedRules() {
        assertThat(CliRun.of("diagnose", "--format", "json", "--rules", "rules", SAMPLE).out())
                .isEqualTo(CliRun.of("diagnose", "--format", "json", SAMPLE).out());
    }

    @Test
    void noCommandIsBadUsage() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("diagnose");
    }

    @Test
    void anUnknownOptionOrFormatIsBadUsage() {
        assertThat(CliRun.of("diagnose", "--colour", SAMPLE).exitCode()).isEqualTo(2);
        CliRun run = CliRun.of("diagnose", "--format", "yaml", SAMPLE);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("text").contains("json");
    }

    @Test
    void helpExplainsTheCommandsAndTheExitCodes() {
        CliRun top = CliRun.of("--help");
        assertThat(top.exitCode()).isZero();
        assertThat(top.out()).contains("diagnose").contains("Exit codes").contains("3  the rule base");
        CliRun diagnose = CliRun.of("diagnose", "--help");
        assertThat(diagnose.out()).contains("--format").contains("--rules").contains("--explain").contains("Exit codes");
    }

    @Test
    void versionPrintsTheVersion() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("mailblock ");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
