package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mailblock.fuzz.FactFileMutations.Family;
import org.mailblock.fuzz.FuzzCase;
import org.mailblock.fuzz.FuzzStatistics;
import org.mailblock.fuzz.Fuzzer;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;

/**
 * {@code mailblock diagnose} on a mutated fact file either prints a diagnosis and exits 0, or exits
 * 2 with every problem as {@code file:line:column: message} on standard error, a closing summary,
 * nothing on standard output, and no stack trace.
 *
 * <p>Each diagnosis through the CLI compiles the rules anew, about a second; so only the first
 * few files the loader accepts go through the CLI, the others are skipped. The loader's own
 * fuzz test diagnoses all of them. Cases alternate between the text and the JSON report.
 */
class CliOnMutatedFactFilesTest {

    private static final int DIAGNOSES_THROUGH_THE_CLI = 3;
    private static final AtomicInteger diagnosed = new AtomicInteger();
    private static Path dir;

    @BeforeAll
    static void makeRoomForTheFiles() throws IOException {
        dir = Files.createTempDirectory("mailblock-cli-fuzz");
    }

    @AfterAll
    static void removeTheFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** How a case ended. */
    enum Outcome {
        EXIT_0, EXIT_2,
        /** The loader accepts the file, and enough files were already diagnosed through the CLI. */
        SKIPPED
    }

    @Test
    void diagnoseExitsZeroWithAReportOrTwoWithEveryProblemPositioned(TestInfo test) {
        FuzzStatistics<Outcome> outcomes = Fuzzer.forTest(test, Family.ANY, 400).run(CliOnMutatedFactFilesTest::outcomeOf);
        assertThat(outcomes.share(Outcome.EXIT_2)).as("share of refused files").isGreaterThan(0.30);
        assertThat(outcomes.share(Outcome.EXIT_0)).as("share of files diagnosed through the CLI").isPositive();
        assertThat(outcomes.kinds()).as("kinds of change made").containsAll(Family.ANY.kinds());
    }

    private static Outcome outcomeOf(FuzzCase fuzzCase) {
        Path path = write(fuzzCase.file().content());
        boolean loads = loads(path);
        if (loads && diagnosed.incrementAndGet() > DIAGNOSES_THROUGH_THE_CLI) {
            return Outcome.SKIPPED;
        }
        String format = fuzzCase.number() % 2 == 0 ? "json" : "text";

        CliRun run = CliRun.of("diagnose", "--format", format, path.toString());

        switch (run.exitCode()) {
            case ExitCodes.OK -> {
                assertThat(loads).as("the loader accepts what the CLI diagnosed").isTrue();
                assertThat(run.err()).isEmpty();
                assertThat(run.out()).isNotBlank();
                return Outcome.EXIT_0;
            }
            case ExitCodes.BAD_INPUT -> {
                assertCleanRefusal(run, path);
                return Outcome.EXIT_2;
            }
            default -> throw new AssertionError(String.format("exit code %d for %s:%nstdout: %s%nstderr: %s",
                    run.exitCode(), path, run.out(), run.err()));
        }
    }

    private static void assertCleanRefusal(CliRun run, Path path) {
        assertThat(run.out()).as("standard output of a refused file").isEmpty();
        List<String> lines = run.err().lines().toList();
        assertThat(lines).as("standard error").hasSizeGreaterThanOrEqualTo(2);
        assertThat(lines.subList(0, lines.size() - 1))
                .allSatisfy(line -> assertThat(line).matches("\\Q" + path + "\\E:\\d+:\\d+: .+"));
        assertThat(lines.get(lines.size() - 1))
                .matches("mailblock: \\d+ problems? in the fact file; nothing was diagnosed\\.");
        assertThat(run.err()).doesNotContain("\tat ", "Exception", "internal error");
    }

    private static boolean loads(Path path) {
        try {
            FactFileLoader.standard().load(path);
            return true;
        } catch (FactFileException e) {
            return false;
        }
    }

    private static Path write(byte[] content) {
        try {
            return Files.write(dir.resolve("tenant.yaml"), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
