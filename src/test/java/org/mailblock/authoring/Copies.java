package org.mailblock.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the project's rules and samples that a test may change on purpose. */
final class Copies {

    static final Path RULES = Path.of("rules");
    static final Path SAMPLES = Path.of("facts-samples");

    private Copies() {
    }

    /** A copy of {@code rules/} at {@code dir/rules}. */
    static Path rules(Path dir) {
        return copy(RULES, dir.resolve("rules"));
    }

    /** A copy of one sample in {@code dir/facts-samples}. */
    static Path sample(Path dir, String name) {
        try {
            Path target = Files.createDirectories(dir.resolve("facts-samples")).resolve(name);
            Files.copy(SAMPLES.resolve(name), target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} in a file; fails if it is not there. */
    static void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new AssertionError(file + " does not contain: " + from);
            }
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line, from 1, on which {@code text} first occurs in a file. */
    static int lineOf(Path file, String text) {
        try {
            String content = Files.readString(file);
            int at = content.indexOf(text);
            if (at < 0) {
                throw new AssertionError(file + " does not contain: " + text);
            }
            return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }
}
