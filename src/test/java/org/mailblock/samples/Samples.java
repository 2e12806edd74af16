package org.mailblock.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.mailblock.load.FactFile;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;

/** The sample tenants of {@code facts-samples/} and the focused samples in its folders, loaded. */
final class Samples {

    static final Path FOLDER = Path.of("facts-samples");

    private Samples() {
    }

    /** Every sample, the focused per-rule ones under {@code facts-samples/rules/} included, as {@code mailblock test} runs them. */
    static List<Path> files() {
        try (Stream<Path> files = Files.walk(FOLDER)) {
            return files.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the sample states a whole outcome; a focused sample under a subfolder may name only rules. */
    static boolean whole(Path file) {
        return FOLDER.equals(file.getParent());
    }

    static FactFile load(Path file) {
        try {
            return FactFileLoader.standard().load(file);
        } catch (FactFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
