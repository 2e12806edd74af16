package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's copy of rules/ is exact: a rule file deleted from rules/ does not live on in target/classes and the jar. */
class RulesResourceCopyIT {

    @TempDir
    Path project;

    @Test
    void aRuleFileDeletedFromTheSourcesIsGoneFromTheBuildOutput() throws Exception {
        Files.copy(Path.of("pom.xml"), project.resolve("pom.xml"));
        for (String folder : List.of("rules", "schema", "src/main/resources", "src/cli/resources")) {
            copyTree(Path.of(folder), project.resolve(folder));
        }
        Path classes = project.resolve("target/classes");
        Path deleted = Files.createDirectories(classes.resolve("mailblock-rules")).resolve("deleted-since.drl");
        Files.writeString(deleted, "rule \"gone\" when then end\n");
        Files.createDirectories(classes.resolve("mailblock-schema"));
        Files.writeString(classes.resolve("mailblock-schema/facts-v0.schema.json"), "{}\n");

        Path log = project.resolve("maven.log");
        Process maven = new ProcessBuilder(mvn(), "-o", "-q", "-B", "process-resources").directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(maven.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(maven.exitValue()).as(Files.readString(log, StandardCharsets.UTF_8)).isZero();

        assertThat(deleted).doesNotExist();
        assertThat(relativeFiles(classes.resolve("mailblock-rules"))).isEqualTo(relativeFiles(Path.of("rules")));
        assertThat(relativeFiles(classes.resolve("mailblock-schema"))).isEqualTo(relativeFiles(Path.of("schema")));
    }

    /** Maven as the build that runs this test found it ({@code maven.home}), else from the PATH. */
    private static String mvn() {
        String home = System.getProperty("maven.home");
        return home == null || home.isBlank() ? "mvn" : Path.of(home, "bin", "mvn").toString();
    }

    private static List<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
