package org.mailblock.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the project's rule folder that a test may break on purpose. */
public final class RuleFolders {

    static final Path PROJECT_RULES = Path.of("rules");

    private RuleFolders() {
    }

    /** A copy of {@code rules/} under {@code dir}. */
    public static Path copyOfProjectRules(Path dir) {
        Path target = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(PROJECT_RULES)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(PROJECT_RULES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** A DRL file from the test resources' {@code rule-fixtures/}. */
    static String fixture(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/rule-fixtures", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder holding only the project's catalogue and the given DRL. */
    static Path catalogueAnd(Path dir, String drlName, String drl) {
        try {
            Path target = Files.createDirectories(dir.resolve("rules"));
            Files.copy(PROJECT_RULES.resolve("catalogue.yaml"), target.resolve("catalogue.yaml"));
            Files.writeString(target.resolve(drlName), drl);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
