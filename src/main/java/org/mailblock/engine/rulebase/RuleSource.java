package org.mailblock.engine.rulebase;

import org.mailblock.engine.RuleFolderException;
import org.mailblock.engine.RuleProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a rule base: every {@code .drl} file under a folder, its {@code catalogue.yaml} and its
 * message bundles {@code messages/*.yaml}.
 * Either a folder an author edits, or the copy packaged in the mailblock jar.
 */
public final class RuleSource {

    /** Where the default rule base lives inside the jar. */
    static final String PACKAGED_ROOT = "mailblock-rules";

    /** The catalogue's name, at the root of the rule folder. */
    public static final String CATALOGUE = "catalogue.yaml";

    /** The mutants an author declared unable to change any outcome; read by mutation testing and {@code check}. */
    public static final String MUTATION_EQUIVALENTS = "mutation-equivalents.yaml";

    private final String displayRoot;
    private final SortedMap<String, byte[]> files;
    private final boolean packaged;

    private RuleSource(String displayRoot, SortedMap<String, byte[]> files, boolean packaged) {
        this.displayRoot = displayRoot;
        this.files = Collections.unmodifiableSortedMap(files);
        this.packaged = packaged;
    }

    /** The rule base in a folder, read now; later edits need a new source. */
    public static RuleSource directory(Path folder) throws RuleFolderException {
        String display = folder.toString();
        if (!Files.isDirectory(folder)) {
            throw new RuleFolderException(new RuleProblem(display, 0, 0, "error",
                    Files.exists(folder) ? "not a folder; --rules takes the folder that holds the .drl files and catalogue.yaml"
                            : "no such folder"));
        }
        try {
            return new RuleSource(display, readTree(folder), false);
        } catch (IOException | UncheckedIOException e) {
            throw new RuleFolderException(new RuleProblem(display, 0, 0, "error", "cannot read the rule folder: " + e.getMessage()));
        }
    }

    /** The default rule base packaged with mailblock. */
    public static RuleSource packaged() {
        SortedMap<String, byte[]> out = new TreeMap<>();
        PackagedFiles.all().forEach((relative, bytes) -> {
            if (isRuleFile(relative)) {
                out.put(relative, bytes);
            }
        });
        return new RuleSource("rules", out, true);
    }

    private static SortedMap<String, byte[]> readTree(Path root) throws IOException {
        SortedMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = root.relativize(p).toString().replace('\\', '/');
                if (isRuleFile(relative)) {
                    out.put(relative, Files.readAllBytes(p));
                }
            }
        }
        return out;
    }

    /** A file the rule base is read from. */
    private static boolean isRuleFile(String relative) {
        return relative.endsWith(".drl") || relative.equals(CATALOGUE) || relative.equals(MUTATION_EQUIVALENTS) || isMessageBundle(relative);
    }

    /** A message bundle ({@code messages/LANG.yaml}): its texts are part of what the rule base says. */
    private static boolean isMessageBundle(String relative) {
        return relative.startsWith("messages/") && relative.endsWith(".yaml") && relative.indexOf('/', "messages/".length()) < 0;
    }

    /** How to name a file of this source in messages, for example {@code rules/plan.drl}. */
    public String display(String relative) {
        return displayRoot.endsWith("/") ? displayRoot + relative : displayRoot + "/" + relative;
    }

    /** Whether this is the rule base packaged with mailblock, which the build compiled ahead of time. */
    boolean isPackaged() {
        return packaged;
    }

    /** The files by their path relative to the rule folder, in name order. */
    public SortedMap<String, byte[]> files() {
        return files;
    }
}
