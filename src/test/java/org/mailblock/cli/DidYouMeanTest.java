package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A mistyped command, option, id or import kind gets the name it was probably meant to be and a short usage. */
class DidYouMeanTest {

    private static final String SAMPLE = "facts-samples/renewal-days-ago.yaml";

    @Test
    void aMistypedCommandSuggestsTheCommandAndPrintsOnlyTheSynopsis() {
        CliRun run = CliRun.of("tset");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Did you mean 'mailblock test'?").contains("Usage: mailblock ")
                .contains("See 'mailblock --help'.").doesNotContain("packet").doesNotContain("Exit codes");
        assertThat(run.err().lines().count()).isLessThan(10);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMistypedOptionSuggestsTheOptionAndPointsAtTheCommandsHelp() {
        CliRun run = CliRun.of("diagnose", "--fromat", "json", SAMPLE);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Unknown option: '--fromat'").contains("Did you mean '--format'?")
                .contains("Usage: mailblock diagnose").contains("See 'mailblock diagnose --help'.")
                .doesNotContain("Exit codes");
        assertThat(run.err().lines().count()).isLessThan(12);
    }

    @Test
    void aMistypedOptionWithItsValueAfterAnEqualsSignIsStillRecognized() {
        CliRun run = CliRun.of("check", "--fromat=json");

        assertThat(run.err()).contains("Did you mean '--format'?");
    }

    @Test
    void aMistypedImportKindSuggestsTheKind() {
        CliRun run = CliRun.of("import", "nrd", "bounce.eml");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Did you mean 'mailblock import ndr'?").contains("See 'mailblock import --help'.");
    }

    @Test
    void somethingFarFromEveryNameGetsNoGuess() {
        CliRun run = CliRun.of("frobnicate");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).doesNotContain("Did you mean").contains("See 'mailblock --help'.");
    }

    @Test
    void aMistypedRuleIdSuggestsTheRule() {
        CliRun run = CliRun.of("explain", "--rule", "cause-server-open-rela", SAMPLE);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("did you mean 'cause-server-open-relay'?");
    }

    @Test
    void aMistypedCauseIdSuggestsTheCause() {
        CliRun run = CliRun.of("explain", "--cause", "bulk-mail-volum", SAMPLE);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("did you mean 'bulk-mail-volume'?");
    }

    @Test
    void aMistypedRuleIdToMutateSuggestsTheRule() {
        CliRun run = CliRun.of("test", "--mutate", "--rules", "rules", "--rule", "cause-server-open-rela", SAMPLE);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("did you mean 'cause-server-open-relay'?");
    }

    @Test
    void aBounceFileThatDoesNotExistIsNamedWithoutTellingTheUserToNameBounces() {
        CliRun run = CliRun.of("import", "ndr", "nosuch.eml");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("nosuch.eml: no such file").contains("none of the bounce messages named could be read")
                .doesNotContain("name bounce messages with");
    }
}
