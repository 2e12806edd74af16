package org.mailblock.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The standard loader, shared by many threads, reads every file as one thread does: the same
 * facts from every valid file, the same problems, positions and messages from every broken one.
 */
class ConcurrentLoadingTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 10;

    /** What loading one file gave: the file, or the problems. */
    private record Outcome(FactFile file, List<FactFileProblem> problems) {

        static Outcome of(Path path) {
            try {
                return new Outcome(FactFileLoader.standard().load(path), List.of());
            } catch (FactFileException e) {
                return new Outcome(null, e.problems());
            }
        }
    }

    @Test
    void eightThreadsSharingTheLoaderReadEveryValidAndBrokenFileAsOneThreadDoes() throws Exception {
        List<Path> files = new ArrayList<>(yamlFiles(Path.of("facts-samples")));
        files.addAll(yamlFiles(Path.of("src/test/resources/load/bad")));
        List<Outcome> expected = files.stream().map(Outcome::of).toList();
        assertThat(expected).filteredOn(o -> o.file() != null).hasSizeGreaterThanOrEqualTo(20);
        assertThat(expected).filteredOn(o -> o.file() == null).hasSizeGreaterThanOrEqualTo(50);

        List<Integer> order = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < files.size(); i++) {
                order.add(i);
            }
        }
        Collections.shuffle(order, new Random(20_261_120L));

        List<String> mismatches = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<String>> loads = new ArrayList<>();
                for (int i : order) {
                    loads.add(pool.submit(() -> Outcome.of(files.get(i)).equals(expected.get(i)) ? null : files.get(i).toString()));
                }
                List<String> differing = new ArrayList<>();
                for (Future<String> load : loads) {
                    if (load.get() != null) {
                        differing.add(load.get());
                    }
                }
                return differing;
            } finally {
                pool.shutdownNow();
            }
        });

        assertThat(mismatches).as("files read differently under concurrency").isEmpty();
    }

    private static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
