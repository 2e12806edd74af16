package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.mailblock.fuzz.FactFileMutations;
import org.mailblock.fuzz.FuzzBudget;
import org.mailblock.fuzz.MutatedFactFile;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;

/**
 * {@code mailblock diagnose} on a mutated fact file either prints a diagnosis and exits 0, or exits
 * 2 with every problem as {@code file:line:column: message} on standard error, a closing summary,
 * nothing on standard output, and no stack trace.
 *
 * <p>Each diagnosis through the CLI compiles the rules anew, about a second; so only the first
 * few files the loader accepts go through the CLI, the others are skipped. The loader's own
 * property test diagnoses all of them.
 */
@AddLifecycleHook(FuzzBudget.class)
class CliOnMutatedFactFilesTest {

    private static final int DIAGNOSES_THROUGH_THE_CLI = 3;
    private static final AtomicInteger diagnosed = new AtomicInteger();
    private static Path dir;

    @BeforeContainer
    static void makeRoomForTheFiles() throws IOException {
        dir = Files.createTempDirectory("mailblock-cli-fuzz");
    }

    @AfterContainer
    static void removeTheFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property(tries = 400, maxDiscardRatio = 10)
    void diagnoseExitsZeroWithAReportOrTwoWithEveryProblemPositioned(@ForAll("mutated") MutatedFactFile file,
                                                                       @ForAll("formats") String format) {
        Path path = write(file.content());
        boolean loads = loads(path);
        Assume.that(!loads || diagnosed.incrementAndGet() <= DIAGNOSES_THROUGH_THE_CLI);

        CliRun run = CliRun.of("diagnose", "--format", format, path.toString());

        Statistics.label("exit code").collect(run.exitCode());
        switch (run.exitCode()) {
            case ExitCodes.OK -> {
                assertThat(loads).as("the loader accepts what the CLI diagnosed").isTrue();
                assertThat(run.err()).isEmpty();
                assertThat(run.out()).isNotBlank();
            }
            case ExitCodes.BAD_INPUT -> assertCleanRefusal(run, path);
            default -> fail("exit code %d for %s:%nstdout: %s%nstderr: %s", run.exitCode(), path, run.out(), run.err());
        }
    }

    @Provide
    Arbitrary<MutatedFactFile> mutated() {
        return Arbitraries.oneOf(FactFileMutations.structural(), FactFileMutations.textual(), FactFileMutations.mixed());
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of("text", "json");
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
