package org.mailblock.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.mailblock.engine.rulebase.PackagedFiles;

/** Whether a rule folder holds exactly the rules packaged with mailblock: the same DRL, catalogue and message bundles. */
final class PackagedRulesCopy {

    private PackagedRulesCopy() {
    }

    /** True when every {@code .drl} and {@code .yaml} file of the folder is packaged with the same bytes, and no other is. */
    static boolean sameAs(Path folder) {
        try {
            SortedMap<String, byte[]> packaged = new TreeMap<>(PackagedFiles.all());
            packaged.keySet().removeIf(relative -> !isRuleFile(relative));
            SortedMap<String, byte[]> given = ruleFiles(folder);
            return packaged.keySet().equals(given.keySet())
                    && packaged.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), given.get(e.getKey())));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // a folder that cannot be read, or a jar without rules, is not the packaged copy; opening it reports why
            return false;
        }
    }

    private static boolean isRuleFile(String relative) {
        return relative.endsWith(".drl") || relative.endsWith(".yaml");
    }

    /** The files a rule base is read from (DRL, catalogue, message bundles) by their path in the folder. */
    private static SortedMap<String, byte[]> ruleFiles(Path root) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = root.relativize(p).toString().replace('\\', '/');
                if (isRuleFile(relative)) {
                    files.put(relative, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }
}
