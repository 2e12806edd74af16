package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One failure, one exit code and one message, whichever command meets it. */
class ExitPolicyTest {

    private static final String SAMPLE = MailblockCliTest.SAMPLE;

    @TempDir
    Path dir;

    @Test
    void aMissingRuleFolderIsBadUsageWithTheSameMessageInEveryCommand() {
        String missing = dir.resolve("no-such-rules").toString();
        List<CliRun> runs = List.of(
                CliRun.of("diagnose", "--rules", missing, SAMPLE),
                CliRun.of("packet", "--rules", missing, SAMPLE),
                CliRun.of("check", "--rules", missing),
                CliRun.of("test", "--rules", missing, SAMPLE),
                CliRun.of("explain", "--rules", missing, SAMPLE),
                CliRun.of("rules", "--rules", missing));
        for (CliRun run : runs) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo(missing + ": error: no such folder\n");
        }
    }

    @Test
    void aRuleBaseThatDoesNotCompileExitsThreeWithTheSameMessageInEveryDiagnosingCommand() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.copy(Path.of("rules/catalogue.yaml"), rules.resolve("catalogue.yaml"));
        Files.writeString(rules.resolve("broken.drl"), "package mailblock;\n\nrule \"Broken\" @id(\"broken\")\nwhen\n    Tenant( name == )\nthen\nend\n");
        List<CliRun> runs = List.of(
                CliRun.of("diagnose", "--rules", rules.toString(), SAMPLE),
                CliRun.of("packet", "--rules", rules.toString(), SAMPLE),
                CliRun.of("test", "--rules", rules.toString(), SAMPLE),
                CliRun.of("explain", "--rules", rules.toString(), SAMPLE));
        for (CliRun run : runs) {
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains(rules.resolve("broken.drl") + ":5:")
                    .endsWith("mailblock: the rule base does not compile; nothing was diagnosed.\n");
        }
    }

    @Test
    void aBadFactFileGivesTheSameMessageInEveryCommandThatReadsOne() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "mailblock: 1\ncollectedAt: 2026-11-20T10:00:00Z\ntenant:\n  name: x.onmicrosoft.com\nndrs:\n  - code: 5.7.705\n    cuont: 3\n");
        CliRun diagnose = CliRun.of("diagnose", bad.toString());
        assertThat(diagnose.exitCode()).isEqualTo(2);
        assertThat(diagnose.err()).contains(bad + ":7:5").endsWith("mailblock: 1 problem in the fact file; nothing was diagnosed.\n");
        for (CliRun run : List.of(CliRun.of("packet", bad.toString()), CliRun.of("explain", bad.toString()))) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(diagnose.err());
        }
    }

    @Test
    void aLoopingRuleBaseUnderExplainExitsThreeAndNamesTheRule() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.copy(Path.of("rules/catalogue.yaml"), rules.resolve("catalogue.yaml"));
        Files.copy(Path.of("src/test/resources/rule-fixtures/loop.drl"), rules.resolve("loop.drl"));
        CliRun run = CliRun.of("explain", "--rules", rules.toString(), SAMPLE);
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(SAMPLE + ": the rule base broke while diagnosing: the rules did not settle")
                .contains("These rules keep firing: echo-forever");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "test", "explain"})
    void anAuthoringCommandRefusesAFormatItCannotPrint(String command) {
        CliRun run = command.equals("check") ? CliRun.of(command, "--format", "html") : CliRun.of(command, "--format", "html", SAMPLE);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        String formats = switch (command) {
            case "check" -> "[text, json, sarif]";
            case "test" -> "[text, json, junit]";
            default -> "[text, json]";
        };
        assertThat(run.err()).contains("Invalid value for option '--format'").contains(formats);
    }

    @Test
    void anUnknownRuleAskedOfExplainIsBadUsage() {
        CliRun run = CliRun.of("explain", "--rule", "no-such-rule", SAMPLE);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("mailblock explain: no rule has @id(\"no-such-rule\")");
    }
}
