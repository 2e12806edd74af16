package org.mailblock.load;

import org.mailblock.facts.FactProblem;
import org.mailblock.facts.FactsValidator;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Loads fact files (format version 1), written as YAML or as JSON, into {@link FactFile}s, or explains
 * precisely what is wrong with them: file, line, column, field, and what was expected. A name ending
 * in {@code .json}, or text starting with '{' under any other name than {@code .yaml} or {@code .yml},
 * is read as JSON.
 *
 * <p>A loader is immutable and thread-safe; build one and reuse it. It prints nothing.
 */
public final class FactFileLoader {

    /** The default size limit: 256 MiB, enough for the fact files of very large tenants. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    private final long maxBytes;
    private final FactBinder binder;
    private final PathLocator locator;
    private final FactYaml yaml;

    private FactFileLoader(long maxBytes) {
        FactYaml yaml = new FactYaml(maxBytes);
        FactJson json = new FactJson();
        this.maxBytes = maxBytes;
        this.binder = new FactBinder(yaml, json);
        this.locator = new PathLocator(yaml, json);
        this.yaml = yaml;
    }

    /**
     * A loader with the default limits.
     *
     * @return the shared standard loader
     */
    public static FactFileLoader standard() {
        return Standard.LOADER;
    }

    /**
     * A loader like this one that refuses files larger than the given size, before reading them.
     *
     * @param maxBytes the largest file accepted, in bytes (for text, in characters); at least 1
     * @return a loader with that limit
     */
    public FactFileLoader withMaxBytes(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the size limit must be at least 1 byte, not " + maxBytes);
        }
        return maxBytes == this.maxBytes ? this : new FactFileLoader(maxBytes);
    }

    /**
     * The size limit of this loader.
     *
     * @return the largest file accepted, in bytes
     */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Loads a fact file from disk. Problems are reported under the path as given.
     *
     * @param file the fact file, UTF-8 encoded
     * @return the loaded, validated file
     * @throws FactFileException when the file cannot be read or is not a valid fact file
     */
    public FactFile load(Path file) throws FactFileException {
        Objects.requireNonNull(file, "file");
        return load(FileSource.checked(file, maxBytes));
    }

    /**
     * Loads a fact file given as text.
     *
     * @param sourceName the name problems are reported under, for example the file the text came from
     * @param yamlText   the fact file's text
     * @return the loaded, validated file
     * @throws FactFileException when the text is not a valid fact file
     */
    public FactFile load(String sourceName, String yamlText) throws FactFileException {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(yamlText, "yamlText");
        return load(TextSource.checked(sourceName, yamlText, maxBytes));
    }

    /**
     * Loads a fact file from a stream, such as standard input, read to its end as strict UTF-8.
     *
     * @param sourceName the name problems are reported under, for example {@code <stdin>}
     * @param in         the fact file's bytes; not closed
     * @return the loaded, validated file
     * @throws FactFileException when the stream cannot be read or is not a valid fact file
     */
    public FactFile load(String sourceName, InputStream in) throws FactFileException {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(in, "in");
        return load(StreamSource.read(sourceName, in, maxBytes));
    }

    /**
     * Loads a fact file so that facts can be assumed on top of it: the file is loaded and checked as
     * it is, and each {@link AssumableFacts#assuming} merges assumptions into its tree and loads the
     * result, exactly as if the file had been edited. The file is never changed.
     *
     * @param file the fact file, UTF-8 encoded
     * @return the file as it is, ready for assumptions
     * @throws FactFileException when the file cannot be read or is not a valid fact file
     */
    public AssumableFacts assumable(Path file) throws FactFileException {
        Objects.requireNonNull(file, "file");
        return assumable(FileSource.checked(file, maxBytes));
    }

    /** A fact file given as text, ready for assumptions; see {@link #assumable(Path)}. */
    public AssumableFacts assumable(String sourceName, String yamlText) throws FactFileException {
        return assumable(TextSource.checked(sourceName, yamlText, maxBytes));
    }

    /** A fact file read from a stream to its end, ready for assumptions; see {@link #assumable(Path)}. */
    public AssumableFacts assumable(String sourceName, InputStream in) throws FactFileException {
        return assumable(StreamSource.read(sourceName, in, maxBytes));
    }

    private AssumableFacts assumable(FactSource source) throws FactFileException {
        return new AssumableFacts(source, load(source), new PatchedText(yaml), this::loadPatched);
    }

    /** Loads merged text as a file of the given name, blaming its problems on the patch. */
    private FactFile loadPatched(String name, String merged, FactPatch patch) throws FactFileException {
        try {
            return load(TextSource.checked(name, merged, Long.MAX_VALUE));
        } catch (FactFileException e) {
            throw PatchedText.blame(e, patch);
        }
    }

    private FactFile load(FactSource source) throws FactFileException {
        FactFile file = binder.bind(source);
        List<FactProblem> problems = FactsValidator.validate(file.facts());
        if (!problems.isEmpty()) {
            throw new FactFileException(locator.locate(source, problems));
        }
        return file;
    }

    /** Holds the standard loader, built on first use. */
    private static final class Standard {
        static final FactFileLoader LOADER = new FactFileLoader(DEFAULT_MAX_BYTES);
    }
}
