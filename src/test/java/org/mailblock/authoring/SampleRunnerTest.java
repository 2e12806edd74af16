package org.mailblock.authoring;

import org.mailblock.engine.inspect.Workbench;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.engine.RuleBaseException;

class SampleRunnerTest {

    static SampleRunner runner;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() throws RuleBaseException {
        runner = new SampleRunner(Workbench.open(Copies.RULES).engine());
    }

    @Test
    void aSampleWithAWrongExpectationFailsWithADiffOfCausesActionsAndTheRulesThatFired() {
        Path sample = Copies.sample(dir, "renewal-days-ago.yaml");
        Copies.replace(sample, "    - compromised-accounts: possible\n    - malicious-inbound-connector: possible",
                "    - malicious-inbound-connector: possible\n    - bulk-mail-volume: likely");
        Copies.replace(sample, "    - enable-admin-mfa: done", "    - enable-admin-mfa: required");

        SampleResult result = runner.run(sample);

        assertThat(result.outcome()).isEqualTo(SampleResult.Outcome.FAIL);
        String text = AuthoringText.test(new TestRun(List.of(result), null), null);
        assertThat(text).contains("FAIL  " + sample.toString().replace('\\', '/'))
                .contains("causes differ\n"
                        + "        expected: malicious-inbound-connector: possible, bulk-mail-volume: likely\n"
                        + "        actual:   compromised-accounts: possible, malicious-inbound-connector: possible\n"
                        + "        missing:  bulk-mail-volume: likely\n"
                        + "        extra:    compromised-accounts: possible")
                .contains("actions differ").contains("missing:  enable-admin-mfa: required").contains("extra:    enable-admin-mfa: done")
                .contains("rules fired: classify-tenant-over-threshold, ")
                .contains("1 sample: 0 passed, 1 failed");
    }

    @Test
    void aSampleInOrderPassesAndOnlyMatchingSamplesRunWithAFilter() throws IOException {
        List<Path> samples = SampleRunner.samples(List.of(Copies.SAMPLES));
        TestRun run = runner.run(samples, Pattern.compile("renewal"));
        assertThat(run.results()).hasSizeBetween(2, samples.size() - 1)
                .allSatisfy(r -> assertThat(r.sample()).contains("renewal"));
        assertThat(run.allPassed()).isTrue();
    }

    @Test
    void aSampleThatCannotBeLoadedIsAnErrorWithItsLine() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "mailblock: 1\ncollectedAt: 2026-11-20T10:00:00Z\ntenant:\n  name: x\nndrs:\n  - cuode: 5.7.705\n");
        SampleResult result = runner.run(bad);
        assertThat(result.outcome()).isEqualTo(SampleResult.Outcome.ERROR);
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).startsWith(bad + ":6:"));
    }

    @Test
    void aSampleWithoutExpectationFails() throws IOException {
        Path sample = dir.resolve("no-expect.yaml");
        Files.writeString(sample, "mailblock: 1\ncollectedAt: 2026-11-20T10:00:00Z\ntenant:\n  name: x\nndrs:\n  - code: 5.7.705\n");
        SampleResult result = runner.run(sample);
        assertThat(result.outcome()).isEqualTo(SampleResult.Outcome.FAIL);
        assertThat(result.differences()).singleElement().asString().contains("no expect: section");
    }

    private static final String FOCUSED = "mailblock: 1\ncollectedAt: 2026-11-20T10:00:00Z\ntenant:\n  name: x\nndrs:\n  - code: 5.7.705\n"
            + "admins:\n  - upn: a@x.example\n    mfa: false\n";

    @Test
    void aFocusedSamplePassesWhenItsRulesFireAndStaySilentAsExpected() throws IOException {
        Path sample = dir.resolve("focused.yaml");
        Files.writeString(sample, FOCUSED + "expect:\n  rules:\n    fired: [cause-admin-without-mfa]\n    notFired: [cause-admin-mfa-unknown]\n");
        SampleResult result = runner.run(sample);
        assertThat(result.differences()).isEmpty();
        assertThat(result.outcome()).isEqualTo(SampleResult.Outcome.PASS);
    }

    @Test
    void aFocusedSampleFailsNamingARuleThatStayedSilentAndOneThatFired() throws IOException {
        Path sample = dir.resolve("focused.yaml");
        Files.writeString(sample, FOCUSED + "expect:\n  rules:\n    fired: [cause-admin-mfa-unknown]\n    notFired: [cause-admin-without-mfa]\n");
        SampleResult result = runner.run(sample);
        assertThat(result.outcome()).isEqualTo(SampleResult.Outcome.FAIL);
        assertThat(result.differences()).containsExactly(
                "rules expected to fire did not: cause-admin-mfa-unknown",
                "rules expected not to fire did: cause-admin-without-mfa");
    }

    @Test
    void aFocusedSampleNamingNoRuleOfTheRuleBaseFailsRatherThanPassingForEver() throws IOException {
        Path sample = dir.resolve("focused.yaml");
        Files.writeString(sample, FOCUSED + "expect:\n  rules:\n    notFired: [cause-admin-withuot-mfa]\n");
        SampleResult result = runner.run(sample);
        assertThat(result.outcome()).isEqualTo(SampleResult.Outcome.FAIL);
        assertThat(result.differences()).containsExactly(
                "expect.rules.notFired names cause-admin-withuot-mfa, which is not the @id of any rule");
    }

    @Test
    void aRuleExpectationThatIsNotAMappingIsALoadErrorWithItsLine() throws IOException {
        Path sample = dir.resolve("focused.yaml");
        Files.writeString(sample, FOCUSED + "expect:\n  rules: [cause-admin-without-mfa]\n");
        SampleResult result = runner.run(sample);
        assertThat(result.outcome()).isEqualTo(SampleResult.Outcome.ERROR);
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).startsWith(sample + ":11:").contains("expect.rules: expected a mapping with fired, notFired"));
    }
}
