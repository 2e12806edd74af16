package org.mailblock.diagnosis;

import java.util.Locale;

/** Where a remediation action stands, most urgent first. */
public enum Status {
    /** The facts show the problem this action fixes. */
    REQUIRED,
    /** Part of the unblock procedure, but the facts do not tell: check it and keep the proof. */
    VERIFY,
    /** The facts show it is already in order. */
    DONE;

    /** The identifier used in JSON and fact files: {@code required}, {@code verify}, {@code done}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The more urgent of two statuses: a problem shown by one fact outweighs another fact that looks fine. */
    public static Status mostUrgent(Status a, Status b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /** The status with the given identifier, or {@code null} if there is none. */
    public static Status fromId(String id) {
        for (Status s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }
}
