package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mailblock serve} refuses what it cannot serve with the documented exit codes, before listening. */
class ServeCommandTest {

    @Test
    void watchWithoutARuleFolderIsBadUsage() {
        CliRun run = CliRun.of("serve", "--port", "0", "--watch");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--watch needs a rule folder");
    }

    @Test
    void aRuleFolderThatDoesNotExistIsBadUsage(@TempDir Path dir) {
        CliRun run = CliRun.of("serve", "--port", "0", "--rules", dir.resolve("missing").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("does not exist");
    }

    @Test
    void rulesThatDoNotCompileWithoutWatchExitWith3AndTheirProblems(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        Files.copy(Path.of("rules", "catalogue.yaml"), rules.resolve("catalogue.yaml"));
        Files.writeString(rules.resolve("broken.drl"), "package org.mailblock.rules;\nrule \"broken\" when then nonsense( end\n");

        CliRun run = CliRun.of("serve", "--port", "0", "--no-decision-log", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_BROKEN);
        assertThat(run.err()).contains("broken.drl:").contains("nothing is served");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theHelpNamesTheEndpointsTheLimitsAndTheExitCodes() {
        CliRun run = CliRun.of("serve", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("/v1/diagnose").contains("--max-body").contains("--watch").contains("--decision-log")
                .contains("127.0.0.1").contains("Exit codes:");
    }
}
