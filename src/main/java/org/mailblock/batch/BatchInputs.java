package org.mailblock.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The fact files a batch covers: files as given, folders searched recursively for YAML files. */
public final class BatchInputs {

    private BatchInputs() {
    }

    /**
     * Each file as given, in the given order; each folder replaced by its {@code .yaml} and
     * {@code .yml} files at any depth, sorted by path so that every run sees the same order.
     *
     * @throws IOException if a folder cannot be read
     */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(BatchInputs::isFactFile)
                            .sorted((a, b) -> a.toString().compareTo(b.toString()))
                            .forEach(out::add);
                }
            } else {
                out.add(input);
            }
        }
        return out;
    }

    /** Whether any input is a folder, which makes a batch even when it holds a single file. */
    public static boolean anyFolder(List<Path> inputs) {
        return inputs.stream().anyMatch(Files::isDirectory);
    }

    private static boolean isFactFile(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
