package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged knowledge keeps its mutation score: every small change to the rules that a sample
 * could notice is noticed, and no sample's diagnosis depends on the firing order. Runs the shaded
 * jar as an author would, so a survivor fails the build with its file, line and change listed.
 */
class MutationScoreIT {

    /** The score the packaged rules must keep, in percent of the mutants that count. */
    private static final String MIN_SCORE = "95";

    @Test
    void thePackagedRulesKeepTheirMutationScoreAndNoSampleDependsOnTheFiringOrder() throws Exception {
        // the same fixed heap as the test JVMs: the suite's memory stays a stated figure
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-jar", PackagedCliIT.JAR.toAbsolutePath().toString(), "test", "--mutate", "--threads", "2",
                "--min-score", MIN_SCORE);
        Path out = Files.createTempFile("mailblock-mutation-", ".txt");
        Path err = Files.createTempFile("mailblock-mutation-err-", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            // a few minutes on a quiet two-core machine; the bound only keeps a hung run from hanging the build
            assertThat(p.waitFor(30, TimeUnit.MINUTES)).as("the mutation run ended").isTrue();
            String report = Files.readString(out, StandardCharsets.UTF_8);
            String errors = Files.readString(err, StandardCharsets.UTF_8);
            // the build log keeps the score line and any survivor
            System.out.println(report);
            assertThat(p.exitValue()).as(report + errors).isZero();
            assertThat(report).as(report).doesNotContain("Order-dependent:").doesNotContain("Declared equivalent wrongly:")
                    .containsPattern("Mutation score: \\d+\\.\\d % \\(\\d+ of \\d+ killed\\), at least " + MIN_SCORE + "\\.0 %");
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
