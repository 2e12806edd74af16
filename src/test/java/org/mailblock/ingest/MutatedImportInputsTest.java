package org.mailblock.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.fuzz.ByteMutation;
import org.mailblock.fuzz.FactFileMutations;

/**
 * The importers on damaged input: real bounces and exports with random bytes cut, inserted, overwritten
 * or moved, two changes each. Every file is imported or refused with a message; none breaks a reader
 * (which the importer would otherwise report as "could not be read (SomeException)").
 */
class MutatedImportInputsTest {

    private static final long SEED = 20261204L;
    private static final int CASES = 240;

    @TempDir
    Path dir;

    @Test
    void everyDamagedBounceOrExportIsImportedOrRefusedWithAMessageNeverACrash() throws IOException {
        List<Path> bounces = files(Path.of("src/test/resources/ingest/corpus"), ".eml");
        List<Path> exports = files(Path.of("src/test/resources/ingest/exports"), ".json");
        assertThat(bounces).hasSizeGreaterThan(40);
        assertThat(exports).hasSizeGreaterThan(5);
        SplittableRandom random = new SplittableRandom(SEED);
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            boolean bounce = random.nextInt(3) != 0;
            List<Path> pool = bounce ? bounces : exports;
            Path original = pool.get(random.nextInt(pool.size()));
            ByteMutation first = FactFileMutations.randomByteMutation(random);
            ByteMutation second = FactFileMutations.randomByteMutation(random);
            byte[] damaged = second.apply(first.apply(Files.readAllBytes(original)));
            Path file = dir.resolve(i + "-" + original.getFileName());
            Files.write(file, damaged);
            ImportRequest request = bounce
                    ? new ImportRequest(List.of(file), List.of(), Instant.parse("2026-11-20T10:00:00Z"), "contoso.onmicrosoft.com")
                    : new ImportRequest(List.of(), List.of(file), Instant.parse("2026-11-20T10:00:00Z"), "contoso.onmicrosoft.com");
            ImportResult result;
            try {
                result = new FactImporter().importInputs(request);
            } catch (RuntimeException e) {
                throw new AssertionError("case " + i + " (" + original.getFileName() + ", " + first + ", " + second + ") threw", e);
            }
            for (InputProblem p : result.problems()) {
                if (p.message().startsWith("could not be read (")) {
                    fail("case " + i + " (" + original.getFileName() + ", " + first + ", " + second + "): a reader broke: " + p.message());
                }
                assertThat(p.message()).as("case %d: a problem says what is wrong", i).isNotBlank();
            }
            refused += result.problems().isEmpty() ? 0 : 1;
        }
        // the damage is real: some files must be refused, and most must still be read
        assertThat(refused).isBetween(1, CASES - 1);
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return new ArrayList<>(list.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList());
        }
    }
}
