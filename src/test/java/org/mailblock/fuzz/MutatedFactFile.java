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

    /**
     * Where the file came from and what was done to it, without its content.
     *
     * @return the sample's name and the changes, in order
     */
    public String changes() {
        return "base " + base.name() + ", tree " + tree + ", bytes " + bytes;
    }

    @Override
    public String toString() {
        return changes() + ":\n" + show(content(), SHOWN);
    }

    /** The bytes as text: printable ASCII and line feeds as they are, anything else as an escape; at most about {@code shown} characters. */
    static String show(byte[] content, int shown) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (; i < content.length && out.length() < shown; i++) {
            int b = content[i] & 0xFF;
            if (b == '\n' || (b >= 0x20 && b < 0x7F && b != '\\')) {
                out.append((char) b);
            } else {
                out.append(String.format("\\x%02X", b));
            }
        }
        if (i < content.length) {
            out.append("... (").append(content.length).append(" bytes in all)");
        }
        return out.toString();
    }
}
