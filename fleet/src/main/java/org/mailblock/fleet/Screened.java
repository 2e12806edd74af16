package org.mailblock.fleet;

/**
 * An input record after checking: the value to go on with, or the dead letter that says why it cannot be used.
 *
 * @param value      what the record holds when accepted; {@code null} for a deletion (a tombstone) or when rejected
 * @param deadLetter the dead letter when rejected, else {@code null}
 */
record Screened<T>(T value, String deadLetter) {

    /** The outcome of a check, with the dead letter written for a rejected value. */
    static <T> Screened<T> of(Checked<T> checked, String topic, String key, String value) {
        if (checked instanceof Checked.Rejected<T> rejected) {
            return new Screened<>(null, FleetRecords.deadLetter(topic, key, value, rejected.rejection()));
        }
        return new Screened<>(((Checked.Accepted<T>) checked).value(), null);
    }

    /** Whether the record goes to the dead letters. */
    boolean rejected() {
        return deadLetter != null;
    }
}
