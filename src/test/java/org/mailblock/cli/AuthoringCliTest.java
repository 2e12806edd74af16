package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The authoring commands: output, formats and exit codes. */
class AuthoringCliTest {

    static final String SAMPLE = "facts-samples/rogue-connector-after-admin-takeover.yaml";

    @TempDir
    Path dir;

    private Path rulesCopy() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        try (var files = Files.list(Path.of("rules"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.copy(p, rules.resolve(p.getFileName().toString()));
            }
        }
        return rules;
    }

    @Test
    void checkOfTheProjectsRulesExitsZero() {
        CliRun run = CliRun.of("check", "--rules", "rules");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("rules: \\d+ rules, 0 errors, 0 warnings\\n");
    }

    @Test
    void checkOfABrokenCopyPrintsFileLineColumnAndExitsThree() throws IOException {
        Path rules = rulesCopy();
        Path plan = rules.resolve("plan.drl");
        Files.writeString(plan, Files.readString(plan).replaceFirst("\\$c : Cause\\( id == \"unregistered-sending-domains\", named\\(\\) \\)",
                "\\$c : Cause( id == , named() )"));
        CliRun run = CliRun.of("check", "--rules", rules.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_BROKEN);
        assertThat(run.out()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(plan.toString()) + ":19:\\d+: error: ");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("check", "--rules", rules.toString(), "--format", "json").out());
        assertThat(json.get("errors").asInt()).isPositive();
        assertThat(json.get("findings").get(0).get("line").asInt()).isEqualTo(19);
    }

    @Test
    void checkOfAMissingFolderIsBadUsage() {
        CliRun run = CliRun.of("check", "--rules", dir.resolve("nothing-here").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("no such folder");
    }

    @Test
    void testOfTheProjectsSamplesPassesAndFiltersWithRun() {
        CliRun all = CliRun.of("test", "--rules", "rules");
        assertThat(all.exitCode()).isZero();
        assertThat(all.out()).contains("PASS  facts-samples/renewal-days-ago.yaml").containsPattern("\\d+ samples: \\d+ passed, 0 failed\\n");
        CliRun some = CliRun.of("test", "--run", "renewal-days");
        assertThat(some.out()).contains("1 sample: 1 passed, 0 failed").doesNotContain("rogue-connector");
    }

    @Test
    void testOfAWrongExpectationExitsOneWithTheDiff() throws IOException {
        Path sample = dir.resolve("wrong.yaml");
        Files.writeString(sample, Files.readString(Path.of("facts-samples/renewal-days-ago.yaml"))
                .replace("    - compromised-accounts: possible\n", ""));
        CliRun run = CliRun.of("test", sample.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.TESTS_FAILED);
        assertThat(run.out()).contains("FAIL  ").contains("causes differ").contains("extra:    compromised-accounts: possible")
                .contains("rules fired:");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("test", "--format", "json", sample.toString()).out());
        assertThat(json.get("failed").asInt()).isEqualTo(1);
        assertThat(json.get("results").get(0).get("outcome").asText()).isEqualTo("FAIL");
    }

    @Test
    void testWithAMissingPathOrABadRegexIsBadUsage() {
        assertThat(CliRun.of("test", dir.resolve("none.yaml").toString()).exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CliRun.of("test", "--run", "(").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CliRun.of("test", "--run", "matches-no-sample").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void testWithAnUnreadableSampleIsBadInput() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "mailblock: 1\n");
        CliRun run = CliRun.of("test", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).contains("ERROR  " + bad);
    }

    @Test
    void testCoverageMeetsAFullThresholdOnTheProject() {
        CliRun run = CliRun.of("test", "--coverage", "--threshold", "100");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("COVERAGE").contains("100.0 %").contains("(threshold 100.0 %: met)");
    }

    @Test
    void explainNamesTheFactsBehindACauseAndExitsZero() throws IOException {
        CliRun run = CliRun.of("explain", SAMPLE);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("CAUSE malicious-inbound-connector (confirmed)")
                .contains("<- rule cause-connector-unrecognized (rules/causes-connectors.drl:")
                .contains("matched  connectors[0]: direction = inbound, recognized = false");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("explain", "--format", "json", "--rule", "cause-server-open-relay", SAMPLE).out());
        assertThat(json.get("notFired").get(0).get("failing").get("line").asInt()).isEqualTo(16);
    }

    @Test
    void explainOfAnUnknownRuleOrABadFileIsBadInput() throws IOException {
        CliRun unknown = CliRun.of("explain", "--rule", "no-such-rule", SAMPLE);
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("no rule has @id(\"no-such-rule\")");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "mailblock: 1\n");
        assertThat(CliRun.of("explain", bad.toString()).exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CliRun.of("explain", "--rule", "a", "--cause", "b", SAMPLE).exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void explainWithBrokenRulesExitsThree() throws IOException {
        Path rules = rulesCopy();
        Files.writeString(rules.resolve("broken.drl"), "package mailblock;\nrule \"x\" when then\n");
        CliRun explain = CliRun.of("explain", "--rules", rules.toString(), SAMPLE);
        assertThat(explain.exitCode()).as(explain.err()).isEqualTo(ExitCodes.RULES_BROKEN);
        assertThat(CliRun.of("test", "--rules", rules.toString()).exitCode()).isEqualTo(ExitCodes.RULES_BROKEN);
    }

    @Test
    void rulesListsEveryRuleCauseAndAction() throws IOException {
        CliRun run = CliRun.of("rules");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("RULES").contains("cause-server-open-relay").contains("rules/causes-relay.drl:11")
                .contains("CAUSES, in catalogue order").contains("concluded by: cause-server-open-relay")
                .contains("ACTIONS, in plan order").contains("request-unblock");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("rules", "--format", "json").out());
        assertThat(json.get("rules").size()).isGreaterThan(40);
        assertThat(json.get("causes").get(0).get("id").asText()).isEqualTo("subscription-renewal-pending");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "test", "explain", "rules"})
    void everyAuthoringCommandHasHelpWithExamplesAndExitCodes(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: mailblock " + command).contains("Examples:").contains("Exit codes:").contains("--rules=DIR");
        assertThat(CliRun.of("--help").out()).contains(command);
        String codes = run.out().substring(run.out().indexOf("Exit codes:\n") + "Exit codes:\n".length());
        assertThat(codes.lines().filter(l -> !l.isBlank())).as("exit code lines fit unwrapped").allMatch(l -> l.matches("  \\d  .+"));
    }

    @Test
    @Timeout(180)
    void testWatchRunsAgainWhenASampleChangesAndReportsTheRebuildTime() throws Exception {
        Path rules = rulesCopy();
        Path sample = dir.resolve("watched.yaml");
        Files.writeString(sample, Files.readString(Path.of("facts-samples/renewal-days-ago.yaml")));
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int[] code = {-1};
        Thread watching = new Thread(() -> code[0] = MailblockCli.run(
                new String[] {"test", "--watch", "--rules", rules.toString(), sample.toString()},
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true)));
        watching.start();
        try {
            awaitText(out, "1 sample: 1 passed, 0 failed");
            // the watcher takes its first fingerprint after the first run; an edit before that would go unseen
            awaitText(err, "; Ctrl-C stops");
            Files.writeString(sample, Files.readString(sample).replace("    - compromised-accounts: possible\n", ""));
            awaitText(out, "1 sample: 0 passed, 1 failed");
        } finally {
            watching.interrupt();
            watching.join(30_000);
        }
        assertThat(watching.isAlive()).isFalse();
        assertThat(code[0]).isEqualTo(ExitCodes.TESTS_FAILED);
        assertThat(err.toString()).contains("a file changed; running again").containsPattern("rules compiled in \\d+ ms");
    }

    @Test
    @Timeout(60)
    void testWatchNeedsARuleFolder() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        assertThat(CliRun.of("test", "--watch", "--rules", elsewhere.resolve("missing").toString()).exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    private static void awaitText(java.io.StringWriter out, String text) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!out.toString().contains(text)) {
            assertThat(System.nanoTime()).as("waiting for: %s%nso far:%n%s", text, out).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
