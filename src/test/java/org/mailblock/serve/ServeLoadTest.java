package org.mailblock.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Many requests at once on loopback, bounded in count and in time: every answer is the CLI's bytes.
 * It asserts nothing about speed (scripts/benchmark-serve measures that).
 */
class ServeLoadTest {

    @Test
    void concurrentRequestsOnLoopbackAreEachAnsweredWithTheCliBytesForTheirFile() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("facts-samples"))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().limit(12).toList();
        }
        List<LoadRun.Case> cases = LoadRun.cases(files);
        try (Servers.Running running = Servers.start(Servers.settings().withConcurrency(2, 64))) {
            LoadRun.Result result = LoadRun.run(running.uri("/v1/diagnose"), cases, 6, 300, Duration.ofSeconds(60));

            assertThat(result.wrong()).isEmpty();
            assertThat(result.requests()).isPositive();
        }
    }
}
