package org.mailblock.cli;

/** A command was called in a way it cannot serve (an id that does not exist, a path that is not there); exits 2. */
final class UsageError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message);
    }
}
