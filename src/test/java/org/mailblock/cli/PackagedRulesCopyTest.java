package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checkout's rules stand in for the packaged ones exactly when a file the rule base reads differs. */
class PackagedRulesCopyTest {

    @TempDir
    Path dir;

    @Test
    void anUnchangedCopyOfTheRulesIsThePackagedCopy() throws IOException {
        assertThat(PackagedRulesCopy.sameAs(copyOfRules())).isTrue();
    }

    @Test
    void anEditedRuleDiffers() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("plan.drl"), Files.readString(rules.resolve("plan.drl")) + "\n// one more line\n");
        assertThat(PackagedRulesCopy.sameAs(rules)).isFalse();
    }

    @Test
    void aDeletedRuleFileDiffers() throws IOException {
        Path rules = copyOfRules();
        Files.delete(rules.resolve("causes-relay.drl"));
        assertThat(PackagedRulesCopy.sameAs(rules)).isFalse();
    }

    @Test
    void anAddedRuleFileDiffers() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("extra.drl"), "package org.mailblock.rules;\n");
        assertThat(PackagedRulesCopy.sameAs(rules)).isFalse();
    }

    @Test
    void anEditedMessageBundleDiffers() throws IOException {
        Path rules = copyOfRules();
        Path german = rules.resolve("messages/de.yaml");
        Files.writeString(german, Files.readString(german) + "\n# reviewed\n");
        assertThat(PackagedRulesCopy.sameAs(rules)).isFalse();
    }

    @Test
    void theAuthoringGuideIsNotPartOfTheRuleBase() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("README.md"), "rewritten\n");
        assertThat(PackagedRulesCopy.sameAs(rules)).isTrue();
    }

    @Test
    void aMissingFolderIsNotThePackagedCopy() {
        assertThat(PackagedRulesCopy.sameAs(dir.resolve("nowhere"))).isFalse();
    }

    private Path copyOfRules() throws IOException {
        Path source = Path.of("rules");
        Path target = dir.resolve("rules");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
