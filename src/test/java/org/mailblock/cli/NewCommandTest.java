package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mailblock new}: starting files that pass {@code test} and {@code check} as written, and never overwrite. */
class NewCommandTest {

    @TempDir
    Path dir;

    private Path rules;

    @BeforeEach
    void aKnowledgeBaseOfItsOwn() throws IOException {
        rules = dir.resolve("rules");
        Path source = Path.of("rules");
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(f -> {
                try {
                    Files.copy(f, rules.resolve(source.relativize(f).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void aNewSampleIsWrittenBesideTheRulesAndPassesTest() throws IOException {
        CliRun made = CliRun.of("new", "sample", "--rules", rules.toString(), "--code", "5.7.708", "fresh-tenant");

        assertThat(made.exitCode()).as(made.err()).isZero();
        Path sample = dir.resolve("facts-samples/fresh-tenant.yaml");
        assertThat(sample).content().startsWith("# yaml-language-server: $schema=../schema/facts-v1.schema.json\n")
                .contains("  - code: 5.7.708\n").contains("expect:\n  causes:");
        assertThat(made.err()).contains("wrote").contains("mailblock test --run fresh-tenant");

        CliRun test = CliRun.of("test", "--rules", rules.toString());
        assertThat(test.exitCode()).as(test.out() + test.err()).isZero();
        assertThat(test.out()).contains("PASS").contains("fresh-tenant.yaml");
        assertThat(CliRun.of("check", "--rules", rules.toString()).exitCode()).isZero();
    }

    @Test
    void anExistingSampleIsNeverOverwritten() throws IOException {
        Path sample = Files.createDirectories(dir.resolve("facts-samples")).resolve("taken.yaml");
        Files.writeString(sample, "the author's work");

        CliRun run = CliRun.of("new", "sample", "--rules", rules.toString(), "taken");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("taken.yaml already exists").contains("nothing was written");
        assertThat(sample).hasContent("the author's work");
    }

    @Test
    void aNameThatIsNotKebabCaseOrACodeThatIsNotOneIsRefused() {
        CliRun name = CliRun.of("new", "sample", "--rules", rules.toString(), "../Escape");
        CliRun code = CliRun.of("new", "sample", "--rules", rules.toString(), "--code", "5.7", "fine-name");

        assertThat(name.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(name.err()).contains("is not kebab-case");
        assertThat(code.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(code.err()).contains("not an enhanced status code");
        assertThat(dir.resolve("facts-samples")).doesNotExist();
    }

    @Test
    void aNewCauseInItsOwnFilePassesCheckAndItsTwoSamplesPassTest() throws IOException {
        CliRun made = CliRun.of("new", "cause", "--rules", rules.toString(), "--code", "5.7.708", "shared-ip-pool-listed");

        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(rules.resolve("catalogue.yaml")).content().contains("  - id: shared-ip-pool-listed\n    title: Shared ip pool listed\n");
        assertThat(rules.resolve("messages/de.yaml")).content().contains("  shared-ip-pool-listed:\n    title: ");
        assertThat(rules.resolve("causes-shared-ip-pool-listed.drl")).content().contains("@id(\"cause-shared-ip-pool-listed\") @codes(\"5.7.708\")");
        assertThat(dir.resolve("facts-samples/shared-ip-pool-listed-fires.yaml")).content().contains("rules: {fired: [cause-shared-ip-pool-listed]}");
        assertThat(dir.resolve("facts-samples/shared-ip-pool-listed-does-not-fire.yaml")).content()
                .contains("rules: {notFired: [cause-shared-ip-pool-listed]}");

        CliRun check = CliRun.of("check", "--rules", rules.toString());
        assertThat(check.exitCode()).as(check.out()).isZero();
        CliRun test = CliRun.of("test", "--rules", rules.toString());
        assertThat(test.exitCode()).as(test.out() + test.err()).isZero();
        assertThat(test.out()).contains("shared-ip-pool-listed-fires.yaml").contains("shared-ip-pool-listed-does-not-fire.yaml");
        CliRun fired = CliRun.of("diagnose", "--rules", rules.toString(), "--format", "json",
                dir.resolve("facts-samples/shared-ip-pool-listed-fires.yaml").toString());
        assertThat(fired.out()).contains("\"shared-ip-pool-listed\"");
    }

    @Test
    void aNewCauseCanGoAtTheEndOfAnExistingFile() throws IOException {
        String before = Files.readString(rules.resolve("causes-relay.drl"));

        CliRun made = CliRun.of("new", "cause", "--rules", rules.toString(), "--file", "causes-relay.drl", "relay-of-a-partner");

        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(rules.resolve("causes-relay.drl")).content().startsWith(before).contains("@id(\"cause-relay-of-a-partner\")");
        assertThat(CliRun.of("check", "--rules", rules.toString()).exitCode()).isZero();
    }

    @Test
    void aCauseThatExistsIsRefusedAndNothingIsWritten() throws IOException {
        String catalogue = Files.readString(rules.resolve("catalogue.yaml"));

        CliRun run = CliRun.of("new", "cause", "--rules", rules.toString(), "bulk-mail-volume");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("already has an entry 'bulk-mail-volume'").contains("nothing was written");
        assertThat(rules.resolve("catalogue.yaml")).hasContent(catalogue);
        assertThat(rules.resolve("causes-bulk-mail-volume.drl")).doesNotExist();
    }

    @Test
    void aMistypedKindSuggestsSample() {
        CliRun run = CliRun.of("new", "smaple", "x");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Did you mean 'mailblock new sample'?");
    }
}
