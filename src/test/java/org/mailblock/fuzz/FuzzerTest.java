package org.mailblock.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mailblock.fuzz.FactFileMutations.Family;

/** The fuzz driver itself: reproducible cases, a failure reported small and with the way to repeat it, honest counts. */
class FuzzerTest {

    @Test
    void theSameSeedDrawsTheSameCasesAndAnotherSeedOthers() {
        assertThat(changes(20261120L)).isEqualTo(changes(20261120L)).isNotEqualTo(changes(20261121L));
    }

    @Test
    void aFailingCaseIsReportedWithItsSeedItsNumberTheShrunkFileAndTheCommandThatRepeatsIt(TestInfo test) {
        long seed = FuzzBudget.fromSystemProperties().seed();

        AssertionError failure = catchThrowableOfType(AssertionError.class,
                () -> Fuzzer.forTest(test, Family.TEXTUAL, 2_000).run(c -> {
                    if (contains(c.file().content(), (byte) 0)) {
                        throw new IllegalStateException("a NUL byte got through");
                    }
                    return "passed";
                }));

        assertThat(failure).hasMessageContaining("failed (seed " + seed + ", textual changes)")
                .hasMessageContaining("failure: java.lang.IllegalStateException: a NUL byte got through")
                .hasMessageContaining("sample: ")
                .hasMessageContaining("\\x00")
                .hasMessageContaining("file (1 bytes):\n\\x00\n")
                .hasMessageContaining("repeat: mvn -B test -Dtest='FuzzerTest#"
                        + "aFailingCaseIsReportedWithItsSeedItsNumberTheShrunkFileAndTheCommandThatRepeatsIt' "
                        + "-Dmailblock.fuzz.seed=" + seed)
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(failure.getMessage()).matches("(?s)fuzz case \\d+ of \\d+ failed.*");
    }

    @Test
    void theStatisticsCountEveryCaseByOutcomeAndByKindOfChange(TestInfo test) {
        FuzzStatistics<String> outcomes = Fuzzer.forTest(test, Family.STRUCTURAL, 200)
                .run(c -> c.number() % 4 == 0 ? "fourth" : "other");

        assertThat(outcomes.cases()).isEqualTo(FuzzBudget.fromSystemProperties().cases(200));
        assertThat(outcomes.share("fourth")).isEqualTo(0.25);
        assertThat(outcomes.share("other")).isEqualTo(0.75);
        assertThat(outcomes.kinds()).isEqualTo(Family.STRUCTURAL.kinds());
        assertThat(outcomes.summary("run")).startsWith("run: " + outcomes.cases() + " cases, other ")
                .contains("\n  Drop ", "\n  Nest ");
    }

    private static List<String> changes(long seed) {
        return IntStream.rangeClosed(1, 50)
                .mapToObj(n -> Family.ANY.draw(new SplittableRandom(Fuzzer.caseSeed(seed, n))).changes())
                .toList();
    }

    private static boolean contains(byte[] content, byte wanted) {
        for (byte b : content) {
            if (b == wanted) {
                return true;
            }
        }
        return false;
    }
}
