package org.mailblock.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Whether a rule folder holds exactly the rules packaged with mailblock: the same DRL, catalogue and message bundles. */
final class PackagedRulesCopy {

    /** Where the build copies {@code rules/} inside the jar. */
    private static final String ROOT = "mailblock-rules";

    private PackagedRulesCopy() {
    }

    /** True when every {@code .drl} and {@code .yaml} file of the folder is packaged with the same bytes, and no other is. */
    static boolean sameAs(Path folder) {
        try {
            SortedMap<String, byte[]> packaged = ruleFiles(packagedRoot());
            SortedMap<String, byte[]> given = ruleFiles(folder);
            return packaged.keySet().equals(given.keySet())
                    && packaged.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), given.get(e.getKey())));
        } catch (IOException | UncheckedIOException e) {
            // a folder that cannot be read is not the packaged copy; opening it reports why
            return false;
        }
    }

    private static Path packagedRoot() throws IOException {
        URL catalogue = PackagedRulesCopy.class.getClassLoader().getResource(ROOT + "/catalogue.yaml");
        if (catalogue == null) {
            throw new IOException("no packaged rules");
        }
        try {
            URI uri = catalogue.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri).getParent();
            }
            FileSystem jar;
            try {
                jar = FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException e) {
                jar = FileSystems.newFileSystem(uri, Map.of());
            }
            return jar.getPath("/" + ROOT);
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /** The files a rule base is read from (DRL, catalogue, message bundles) by their path in the folder. */
    private static SortedMap<String, byte[]> ruleFiles(Path root) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = root.relativize(p).toString().replace('\\', '/');
                if (relative.endsWith(".drl") || relative.endsWith(".yaml")) {
                    files.put(relative, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }
}
