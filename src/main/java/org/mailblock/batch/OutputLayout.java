package org.mailblock.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a batch writes each file's report under its output folder: the file's path relative to the
 * deepest folder that holds every input, with {@code .yaml} or {@code .yml} replaced by the report's
 * extension. A folder given alone is that folder ({@code tenants/a/b/x.yaml} becomes {@code OUT/a/b/x.html});
 * several files or folders keep the layout below the folder they share. Two different fact files get
 * two different reports, except {@code x.yaml} beside {@code x.yml}, which {@link #clashes} names.
 */
public final class OutputLayout {

    private final Path base;

    private OutputLayout(Path base) {
        this.base = base;
    }

    /**
     * The layout for the inputs as given on the command line.
     *
     * @param isFolder whether an input is a folder (its own path is the base) or a file (its folder is)
     */
    public static OutputLayout of(List<Path> inputs, java.util.function.Predicate<Path> isFolder) {
        Path common = null;
        for (Path input : inputs) {
            Path absolute = input.toAbsolutePath().normalize();
            Path folder = isFolder.test(input) ? absolute : parentOf(absolute);
            common = common == null ? folder : commonAncestor(common, folder);
        }
        return new OutputLayout(Objects.requireNonNull(common, "at least one input"));
    }

    /** The folder every input lies in, to which report paths are relative. */
    public Path base() {
        return base;
    }

    /** The report's path relative to the output folder, for example {@code a/b/x.html}. */
    public Path target(Path factFile, String extension) {
        Path relative = base.relativize(factFile.toAbsolutePath().normalize());
        String name = relative.getFileName().toString().replaceFirst("\\.(yaml|yml)$", "") + extension;
        Path parent = relative.getParent();
        return parent == null ? Path.of(name) : parent.resolve(name);
    }

    /**
     * The fact files whose reports would land on the same path, by that path; empty when every report
     * has a place of its own. Only {@code x.yaml} and {@code x.yml} in the same folder can meet (or one
     * file named twice, which is left to be diagnosed twice into the same report).
     */
    public Map<Path, List<Path>> clashes(List<Path> factFiles, String extension) {
        Map<Path, List<Path>> byTarget = new LinkedHashMap<>();
        for (Path file : factFiles) {
            List<Path> sharing = byTarget.computeIfAbsent(target(file, extension), t -> new ArrayList<>());
            Path normal = file.toAbsolutePath().normalize();
            if (sharing.stream().noneMatch(p -> p.toAbsolutePath().normalize().equals(normal))) {
                sharing.add(file);
            }
        }
        byTarget.values().removeIf(files -> files.size() < 2);
        return byTarget;
    }

    private static Path parentOf(Path absolute) {
        Path parent = absolute.getParent();
        return parent == null ? absolute.getRoot() : parent;
    }

    private static Path commonAncestor(Path a, Path b) {
        Path out = a.getRoot();
        int n = Math.min(a.getNameCount(), b.getNameCount());
        for (int i = 0; i < n && a.getName(i).equals(b.getName(i)); i++) {
            out = out.resolve(a.getName(i));
        }
        return out;
    }
}
