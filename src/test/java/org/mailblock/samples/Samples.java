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

/** The sample tenants of {@code facts-samples/}, loaded. */
final class Samples {

    static final Path FOLDER = Path.of("facts-samples");

    private Samples() {
    }

    static List<Path> files() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FactFile load(Path file) {
        try {
            return FactFileLoader.standard().load(file);
        } catch (FactFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
