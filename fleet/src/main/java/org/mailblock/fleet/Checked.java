package org.mailblock.fleet;

/**
 * A record's value after checking: what it holds, or why it cannot be used.
 *
 * @param <T> what the value holds
 */
sealed interface Checked<T> {

    /** A value that can be used. */
    record Accepted<T>(T value) implements Checked<T> {
    }

    /** A value that cannot be used, and why. */
    record Rejected<T>(Rejection rejection) implements Checked<T> {
    }

    /** Whether the value can be used. */
    default boolean accepted() {
        return this instanceof Accepted;
    }
}
