package org.mailblock.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the project's rule folder that a test may edit or break. */
final class RuleCopies {

    private RuleCopies() {
    }

    static Path copy(Path dir) {
        Path target = dir.resolve("rules");
        Path source = Path.of("rules");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
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

    /** Adds a line at the end of a rule file: a comment changes the rules' hash, anything else may break them. */
    static void append(Path rules, String file, String text) {
        try {
            Files.writeString(rules.resolve(file), Files.readString(rules.resolve(file)) + text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
