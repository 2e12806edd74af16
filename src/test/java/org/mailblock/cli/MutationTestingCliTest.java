package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code mailblock test --mutate}, on the project's rules with a few samples, so that survivors are certain. */
class MutationTestingCliTest {

    private static final String RULE = "cause-connector-recent-unvouched";
    private static final String FIVE_DAYS = "facts-samples/rules/cause-connector-recent-unvouched--5-days.yaml";
    private static final String TWENTY_DAYS = "facts-samples/rules/cause-connector-recent-unvouched--20-days.yaml";

    @Test
    void listsTheChangesTheGivenSamplesDoNotNoticeWithFileLineAndTheScore() throws IOException {
        CliRun run = CliRun.of("test", "--mutate", "--rule", RULE, "--rules", "rules", FIVE_DAYS, TWENTY_DAYS);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        // neither sample sits at 14 or 15 days, so moving the 14-day window by one goes unnoticed
        assertThat(run.out()).containsPattern("rules/causes-connectors\\.drl:\\d+  " + RULE + "  boundary\\n"
                + "      `daysBefore\\(createdAt, \\$now\\) <= 14` -> `daysBefore\\(createdAt, \\$now\\) <= 15`");
        // the 20-day sample notices a window widened without bound
        assertThat(run.out()).doesNotContain("without `daysBefore(createdAt, $now) <= 14`");
        assertThat(run.out()).containsPattern("\\d+ mutants against 2 samples in [0-9.]+ s: \\d+ killed, \\d+ survived")
                .containsPattern("Mutation score: [0-9.]+ % \\(\\d+ of \\d+ killed\\)");
        assertThat(Files.readString(Path.of("rules/causes-connectors.drl"))).contains("daysBefore(createdAt, $now) <= 14 )");
    }

    @Test
    void minScoreFailsTheRunWhenTooFewChangesAreNoticed() throws IOException {
        CliRun run = CliRun.of("test", "--mutate", "--rule", RULE, "--min-score", "100", "--format", "json",
                "--rules", "rules", FIVE_DAYS);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.TESTS_FAILED);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("samples").asInt()).isEqualTo(1);
        assertThat(json.get("score").asDouble()).isLessThan(100);
        assertThat(json.get("minScore").asDouble()).isEqualTo(100);
        assertThat(json.get("survivors")).isNotEmpty();
        JsonNode first = json.get("survivors").get(0);
        assertThat(first.get("file").asText()).isEqualTo("rules/causes-connectors.drl");
        assertThat(first.get("rule").asText()).isEqualTo(RULE);
        assertThat(first.get("line").asInt()).isPositive();
    }

    @Test
    void refusesAnUnknownRuleAndOptionsThatNeedMutate() {
        CliRun unknown = CliRun.of("test", "--mutate", "--rule", "no-such-rule", "--rules", "rules", FIVE_DAYS);
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("no rule to change has the id no-such-rule");

        CliRun alone = CliRun.of("test", "--min-score", "90", "--rules", "rules", FIVE_DAYS);
        assertThat(alone.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(alone.err()).contains("go with --mutate");
    }

    @Test
    void refusesToMeasureASuiteThatFailsOnTheUnchangedRules(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path failing = dir.resolve("failing.yaml");
        Files.writeString(failing, Files.readString(Path.of(FIVE_DAYS)).replace("notFired: [", "notFired: [" + RULE + ", "));

        CliRun run = CliRun.of("test", "--mutate", "--rule", RULE, "--rules", "rules", failing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("1 sample fails on the unchanged rules").contains("failing.yaml");
    }
}
