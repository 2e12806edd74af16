package org.mailblock.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/** The fact files a batch covers: files as given, folders searched recursively for YAML files. */
public final class BatchInputs {

    private BatchInputs() {
    }

    /**
     * Each file as given, in the given order; each folder replaced by its {@code .yaml} and
     * {@code .yml} files at any depth, sorted by path so that every run sees the same order.
     * Entries of a folder that cannot be read as a fact file of that folder are left out; see
     * {@link #expand(List, BiConsumer)} to hear about them.
     *
     * @throws IOException if a folder cannot be read
     */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        return expand(inputs, (file, reason) -> { });
    }

    /**
     * As {@link #expand(List)}, telling {@code refused} about each entry of a folder that is named like a fact
     * file but is left out, and why: a named pipe, device or socket (reading it could block forever), a
     * symbolic link that loops or leads nowhere, or one that leads out of the folder given (a batch reads
     * only the folder it was given; name such a file directly to diagnose it).
     *
     * @throws IOException if a folder cannot be read
     */
    public static List<Path> expand(List<Path> inputs, BiConsumer<Path, String> refused) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                Path root = input.toRealPath();
                List<Path> named;
                try (Stream<Path> walk = Files.walk(input)) {
                    named = walk.filter(BatchInputs::isFactFile).filter(p -> !Files.isDirectory(p))
                            .sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
                }
                for (Path p : named) {
                    String doubt = doubt(p, root);
                    if (doubt == null) {
                        out.add(p);
                    } else {
                        refused.accept(p, doubt);
                    }
                }
            } else {
                out.add(input);
            }
        }
        return out;
    }

    /** Why an entry of a folder is not read as one of its fact files, or {@code null} when it is. */
    private static String doubt(Path entry, Path root) {
        Path real;
        try {
            real = entry.toRealPath();
        } catch (IOException e) {
            return Files.isSymbolicLink(entry) ? "a symbolic link that loops or leads nowhere; skipped"
                    : "cannot be read; skipped";
        }
        if (!real.startsWith(root)) {
            return "a symbolic link out of the folder given; skipped (name the file itself to diagnose it)";
        }
        if (!Files.isRegularFile(real)) {
            return "not a regular file (a named pipe, device or socket, which could block forever); skipped";
        }
        return null;
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
