package org.mailblock.load;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mailblock.load.LoadFailures.HEAD;
import static org.mailblock.load.LoadFailures.failureOf;
import static org.mailblock.load.LoadFailures.onlyProblem;
import static org.mailblock.load.LoadFailures.position;

/** Long lines, numbers the YAML reader would read otherwise than the schema, overflowing counts and many mistakes at once. */
class LoaderHostileValuesTest {

    @BeforeAll
    static void warmUp() throws FactFileException {
        // the first load builds Jackson's deserializers; the time limits below are about the input, not that
        FactFileLoader.standard().load("warm-up.yaml", HEAD);
    }

    @Test
    void aOneMegabyteYamlValueIsRefusedQuicklyAtItsLine() {
        String yaml = HEAD + "    text: " + "a".repeat(1 << 20) + "\n";

        FactFileProblem problem = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> onlyProblem(yaml));

        assertThat(position(problem)).isEqualTo("7:" + (LineLengthLimit.MAX_LINE + 1));
        assertThat(problem.message()).startsWith("line 7 is longer than 65536 characters")
                .endsWith("or write the fact file as JSON, which has no such limit");
    }

    @Test
    void aYamlLineAtTheLimitStillLoads() throws FactFileException {
        String text = "a".repeat(LineLengthLimit.MAX_LINE - "    text: ".length());

        FactFile file = FactFileLoader.standard().load("long.yaml", HEAD + "    text: " + text + "\n");

        assertThat(file.facts().ndrs().get(0).text()).hasSize(text.length());
    }

    @Test
    void theSameLongValueLoadsFromJson() throws FactFileException {
        String text = "a".repeat(1 << 20);
        String json = "{\"mailblock\": 1, \"collectedAt\": \"2026-11-20T10:00:00Z\", "
                + "\"tenant\": {\"name\": \"contoso.onmicrosoft.com\"}, \"ndrs\": [{\"code\": \"5.7.705\", \"text\": \"" + text + "\"}]}";

        FactFile file = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> FactFileLoader.standard().load("long.json", json));

        assertThat(file.facts().ndrs().get(0).text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x10", "1_000", "010", "0o17", "+0x1"})
    void yaml11NumberFormsAreRefusedLikeTheSchemaRefusesThem(String number) {
        FactFileProblem problem = onlyProblem(HEAD + "    count: " + number + "\n");

        assertThat(problem.path()).isEqualTo("ndrs[0].count");
        assertThat(problem.message()).startsWith("expected a whole number").contains(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000", "+7", "0"})
    void plainDecimalNumbersAreRead(String number) {
        assertThat(StrictYamlParser.isPlainDecimal(number)).isTrue();
    }

    @Test
    void countsThatAddUpBeyondTheLargestNumberAreRefusedNotWrapped() {
        String yaml = HEAD + "    count: 9223372036854775807\n  - code: 5.7.705\n";

        FactFileProblem problem = onlyProblem(yaml);

        assertThat(problem.path()).isEqualTo("ndrs[1].count");
        assertThat(problem.message()).startsWith("the NDR counts add up to more than 9223372036854775807");
    }

    @Test
    void aSuccessCodeIsNotAnNdrCode() {
        FactFileProblem problem = onlyProblem(HEAD.replace("5.7.705", "2.0.0"));

        assertThat(position(problem)).isEqualTo("6:11");
        assertThat(problem.message()).startsWith("the code '2.0.0' says the message was delivered");
    }

    @Test
    void fourStructuralMistakesAreReportedInOneRun() {
        String yaml = """
                mailblock: 1
                collectedAt: 2026-11-20T10:00:00Z
                tenant:
                  nmae: contoso.onmicrosoft.com
                  trial: yes
                ndrs:
                  - code: 5.7.705
                    cuont: 3
                admins:
                  - upn: admin@contoso.com
                    mfa: maybe
                """;

        List<FactFileProblem> problems = failureOf(yaml).problems();

        assertThat(problems).extracting(LoadFailures::position).containsExactly("4:3", "5:10", "8:5", "11:10");
        assertThat(problems).extracting(FactFileProblem::message).satisfiesExactly(
                nmae -> assertThat(nmae).startsWith("unknown field 'nmae'"),
                trial -> assertThat(trial).startsWith("expected true or false; found text 'yes'"),
                cuont -> assertThat(cuont).startsWith("unknown field 'cuont' (did you mean 'count'?)"),
                mfa -> assertThat(mfa).startsWith("expected true or false; found text 'maybe'"));
    }

    @Test
    void aWrongListIsPassedOverAndTheFieldsAfterItAreStillChecked() {
        String yaml = HEAD + """
                users:
                  - upn: alice@contoso.com
                    signals: [externalForwarding, {nested: [1, 2]}, bogus]
                    mfa: maybe
                """;

        List<FactFileProblem> problems = failureOf(yaml).problems();

        assertThat(problems).extracting(FactFileProblem::path).containsExactly("users[0].signals[1]", "users[0].mfa");
    }

    @Test
    void aFileFullOfMistakesStopsAtFiftyProblems() {
        StringBuilder yaml = new StringBuilder(HEAD);
        for (int i = 0; i < 1000; i++) {
            yaml.append("    unknown").append(i).append(": 1\n");
        }

        List<FactFileProblem> problems = failureOf(yaml.toString()).problems();

        assertThat(problems).hasSize(BindProblems.MAX_PROBLEMS);
        assertThat(problems.get(49).path()).isEqualTo("ndrs[0].unknown49");
    }

    @Test
    void aSyntaxErrorAfterAWrongValueIsReportedBesideIt() {
        String yaml = HEAD + "    count: many\n  - code: [5.7.705\n";

        List<FactFileProblem> problems = failureOf(yaml).problems();

        assertThat(problems.get(0).path()).isEqualTo("ndrs[0].count");
        assertThat(problems.get(problems.size() - 1).message()).startsWith("YAML syntax error");
    }
}
