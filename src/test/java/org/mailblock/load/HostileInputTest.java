package org.mailblock.load;

import com.fasterxml.jackson.core.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mailblock.load.LoadFailures.HEAD;
import static org.mailblock.load.LoadFailures.failureOf;
import static org.mailblock.load.LoadFailures.position;

/** Files built to exhaust memory, time or the stack are refused quickly, with a clear message. */
class HostileInputTest {

    private static final Duration FAST = Duration.ofSeconds(2);

    @BeforeAll
    static void warmUp() throws FactFileException {
        // the first load builds Jackson's deserializers; the limits below are about the input, not that
        FactFileLoader.standard().load("warm-up.yaml", HEAD);
    }

    /** Nine levels of nine aliases each: expanded, a billion role names. */
    private static String billionLaughs() {
        StringBuilder yaml = new StringBuilder(HEAD).append("admins:\n")
                .append("  - upn: a0@contoso.com\n    roles: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level < 10; level++) {
            yaml.append("  - upn: a").append(level).append("@contoso.com\n    roles: &l").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
            }
            yaml.append("]\n");
        }
        return yaml.toString();
    }

    @Test
    void billionLaughsIsRefusedAtTheFirstAlias() {
        FactFileException failure = assertTimeoutPreemptively(FAST, () -> failureOf(billionLaughs()));

        FactFileProblem problem = failure.problems().get(0);
        assertThat(position(problem)).isEqualTo("11:17");
        assertThat(problem.path()).isEqualTo("admins[1].roles[0]");
        assertThat(problem.message()).isEqualTo("YAML aliases (*l0) are not supported in fact files; write the value out");
    }

    @Test
    void tenThousandDeepNestingFailsFastAtItsFirstLevel() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        String yaml = HEAD + "users:\n  - upn: alice@contoso.com\n    signals: " + deep + "\n";

        FactFileException failure = assertTimeoutPreemptively(FAST, () -> failureOf(yaml));

        FactFileProblem problem = failure.problems().get(0);
        assertThat(position(problem)).isEqualTo("9:15");
        assertThat(problem.path()).isEqualTo("users[0].signals[0]");
        assertThat(problem.message()).startsWith("expected one of externalForwarding").endsWith("found a list");
    }

    @Test
    void tenThousandDeepNestingAtTheTopFailsFast() {
        String yaml = "{a: ".repeat(10_000) + "}".repeat(10_000);

        FactFileException failure = assertTimeoutPreemptively(FAST, () -> failureOf(yaml));

        assertThat(failure.problems().get(0).message()).isEqualTo("unknown field 'a'; allowed here: mailblock, collectedAt, "
                + "tenant, ndrs, sendingDomains, acceptedDomains, connectors, admins, users, subscription, "
                + "onPremisesServers, outbound, outboundSpamPolicies, limitsEnforcementStatus, expect");
    }

    @Test
    void readerRefusesNestingBeyondItsLimitWithAClearMessage() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        FactSource source = assertTimeoutPreemptively(FAST, () -> TextSource.checked("deep.yaml", deep, 1 << 20));
        FactYaml yaml = new FactYaml(1 << 20);

        FactFileProblem problem = assertTimeoutPreemptively(FAST, () -> {
            try (Reader text = source.open(); JsonParser parser = yaml.open(text)) {
                IOException failure = catchThrowableOfType(IOException.class, () -> {
                    while (parser.nextToken() != null) {
                        parser.getText();
                    }
                });
                assertThat(failure).isNotNull();
                return ProblemTranslator.translate(source, parser, failure);
            }
        });

        assertThat(position(problem)).isEqualTo("1:" + (FactYaml.MAX_DEPTH + 1));
        assertThat(problem.message()).isEqualTo("lists and mappings are nested more than 64 levels deep here; "
                + "a fact file needs only a few levels");
    }

    @Test
    void hugeFileIsRefusedBeforeItIsRead(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("huge.yaml");
        Files.writeString(file, HEAD + ("  - code: 5.7.705\n".repeat(200_000)));

        FactFileException failure = assertTimeoutPreemptively(FAST,
                () -> failureOf(() -> FactFileLoader.standard().withMaxBytes(1 << 20).load(file)));

        assertThat(failure.problems().get(0).message()).contains("more than the limit of 1048576 bytes");
    }

    @Test
    void manyAnchorsWithoutAliasesAreHarmless() throws FactFileException {
        String yaml = HEAD + "admins:\n" + "  - upn: &u admin@contoso.com\n    roles: &r [Global Administrator]\n";

        assertThat(FactFileLoader.standard().load("anchors.yaml", yaml).facts().admins().get(0).upn())
                .isEqualTo("admin@contoso.com");
    }
}
