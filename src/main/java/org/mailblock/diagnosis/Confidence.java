package org.mailblock.diagnosis;

import java.util.Locale;

/** How sure the diagnosis is of a root cause, strongest first. */
public enum Confidence {
    /** The facts show the cause directly. */
    CONFIRMED,
    /** The facts point to the cause, but something is missing to be sure. */
    LIKELY,
    /** The cause fits the symptoms; no fact speaks for or against it yet. */
    POSSIBLE;

    /** The identifier used in JSON and fact files: {@code confirmed}, {@code likely}, {@code possible}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this confidence is at least as strong as the other. */
    public boolean atLeast(Confidence other) {
        return ordinal() <= other.ordinal();
    }

    /** The stronger of two confidences. */
    public static Confidence strongest(Confidence a, Confidence b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /** The confidence with the given identifier, or {@code null} if there is none. */
    public static Confidence fromId(String id) {
        for (Confidence c : values()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        return null;
    }
}
