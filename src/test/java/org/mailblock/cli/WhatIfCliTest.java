package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WhatIfCliTest {

    private static final String SAMPLE = "facts-samples/threshold-with-nothing-else-known.yaml";

    @Test
    void assumingAFactShowsWhatItChangesAndLeavesTheFileAlone() throws Exception {
        String before = Files.readString(Path.of(SAMPLE));
        CliRun run = CliRun.of("diagnose", "--lang", "en", "--assume", "connectors=[]", SAMPLE);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("ASSUMED: this diagnosis takes 1 fact as given", "  - connectors = [] (--assume)",
                "What the assumptions change:");
        assertThat(run.out().replaceAll("\\s+", " ")).contains("step 3, Find and remove inbound connectors nobody recognizes, becomes done");
        assertThat(Files.readString(Path.of(SAMPLE))).isEqualTo(before);
    }

    @Test
    void anAssumptionTheFormatRefusesIsABadInputNamingTheAssumption() {
        CliRun run = CliRun.of("diagnose", "--assume", "outbound.bulkMail=often", SAMPLE);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--assume 'outbound.bulkMail=often': outbound.bulkMail: expected true or false")
                .doesNotContain("Exception");
    }

    @Test
    void aPatchFileThatIsMissingIsABadInput(@org.junit.jupiter.api.io.TempDir Path dir) {
        CliRun run = CliRun.of("diagnose", "--assume-file", dir.resolve("none.yaml").toString(), SAMPLE);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("none.yaml");
    }

    @Test
    void rankingPutsTheQuestionWhoseAnswersChangeTheLeadingCauseFirst() {
        CliRun run = CliRun.of("diagnose", "--lang", "en", "--format", "json", "--rank-questions", SAMPLE);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"impact\" : \"decisive\"").doesNotContain("\"assumptions\"");
        assertThat(run.out().indexOf("\"id\" : \"user-compromise-signals\"")).isGreaterThan(run.out().indexOf("\"id\" : \"bulk-mail\","));
    }

    @Test
    void whatIfTakesOneFactFileAtATime() {
        CliRun run = CliRun.of("diagnose", "--rank-questions", SAMPLE, "facts-samples/banned-sender.yaml");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("take a single fact file");
    }

    @Test
    void thePacketOfAssumedFactsSaysSoAtTheTop() {
        CliRun run = CliRun.of("packet", "--lang", "en", "--assume", "admins[upn=admin@litwareinc.com].mfa=true", SAMPLE);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().limit(6)).anySatisfy(l -> assertThat(l).contains("ASSUMED"));
    }

    @Test
    void assumptionsWorkOnAFactFileFromStandardInput() throws Exception {
        CliRun run = CliRun.withStdin(Files.readString(Path.of(SAMPLE)), "diagnose", "--format", "json", "--assume", "outbound.bulkMail=false", "-");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"path\" : \"outbound.bulkMail\"");
    }
}
