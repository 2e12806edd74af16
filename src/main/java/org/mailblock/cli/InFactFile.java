package org.mailblock.cli;

/** A failure while diagnosing one fact file, so that its message can name the file. */
final class InFactFile extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;

    InFactFile(String source, RuntimeException cause) {
        super(cause.getMessage(), cause);
        this.source = source;
    }

    /** The fact file as the user named it. */
    String source() {
        return source;
    }
}
