package org.mailblock.fuzz;

import java.util.List;

/**
 * A valid fact file after mutation: where it came from, what was done to it, and the bytes that
 * resulted. Its text form shows all three, so a failing case can be reproduced by eye.
 *
 * @param base  the valid file it started from
 * @param tree  the changes made to its parsed tree, in order; when empty, the file's own bytes were kept
 * @param bytes the changes then made to its bytes, in order
 */
public record MutatedFactFile(ValidFactFile base, List<TreeMutation> tree, List<ByteMutation> bytes) {

    private static final int SHOWN = 6_000;

    /**
     * The file as mutated.
     *
     * @return the bytes to load
     */
    public byte[] content() {
        byte[] content = tree.isEmpty() ? base.bytes() : base.withTree(tree);
        for (ByteMutation mutation : bytes) {
            content = mutation.apply(content);
        }
        return content;
    }

    @Override
    public String toString() {
        return "base " + base.name() + ", tree " + tree + ", bytes " + bytes + ":\n" + show(content());
    }

    /** The bytes as text: printable ASCII and line feeds as they are, anything else as an escape. */
    static String show(byte[] content) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < content.length && out.length() < SHOWN; i++) {
            int b = content[i] & 0xFF;
            if (b == '\n' || (b >= 0x20 && b < 0x7F && b != '\\')) {
                out.append((char) b);
            } else {
                out.append(String.format("\\x%02X", b));
            }
        }
        if (out.length() >= SHOWN) {
            out.append("... (").append(content.length).append(" bytes in all)");
        }
        return out.toString();
    }
}
