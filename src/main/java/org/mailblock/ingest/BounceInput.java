package org.mailblock.ingest;

import java.util.Objects;

/**
 * A bounce message held in memory: pasted into a form or uploaded, and never written to disk.
 *
 * @param source the name problems and warnings give it, for example the uploaded file's name
 * @param bytes  the message as it was received (MIME, or the NDR text copied from a mail client)
 */
public record BounceInput(String source, byte[] bytes) {

    public BounceInput {
        Objects.requireNonNull(source, "source");
        bytes = bytes.clone();
    }

    /** The message's bytes (a copy). */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BounceInput b && source.equals(b.source) && java.util.Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * source.hashCode() + java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "BounceInput[" + source + ", " + bytes.length + " bytes]";
    }
}
