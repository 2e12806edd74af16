package org.mailblock.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mailblock.expect.Expectation;

/**
 * A loaded fact file that facts can be assumed on top of, any number of times: the file is read once,
 * each assumption merges into a copy of its tree. Thread-safe: the tree is only ever copied.
 */
public final class AssumableFacts {

    /** Loads merged text under the file's name, blaming its problems on the patch. */
    interface Loader {
        FactFile load(String name, String merged, FactPatch patch) throws FactFileException;
    }

    private final FactSource source;
    private final FactFile original;
    private final ObjectNode tree;
    private final Loader loader;
    private final PatchedText patched;

    AssumableFacts(FactSource source, FactFile original, PatchedText patched, Loader loader) throws FactFileException {
        this.source = source;
        this.original = original;
        this.patched = patched;
        this.tree = patched.tree(source);
        this.loader = loader;
    }

    /** The file as it is, without assumptions. */
    public FactFile original() {
        return original;
    }

    /**
     * The file with the facts of the patch assumed, loaded and checked as if the file had been edited so.
     *
     * @throws FactFileException when the patch cannot be applied or makes the facts invalid; the problems name the assumption
     */
    public FactFile assuming(FactPatch patch) throws FactFileException {
        if (patch.isEmpty()) {
            return original;
        }
        FactFile loaded = loader.load(source.name(), patched.apply(tree, patch), patch);
        Expectation expectation = original.expectation();
        return new FactFile(original.source(), loaded.facts(), expectation);
    }
}
