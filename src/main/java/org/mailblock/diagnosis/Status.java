package org.mailblock.diagnosis;

import java.util.Locale;

/** Where a remediation action stands, most urgent first. */
public enum Status {
    /** The facts show the problem this action fixes. */
    REQUIRED,
    /** Part of the unblock procedure, but the facts do not tell: check it and keep the proof. */
    VERIFY,
    /** The facts show it is already in order. */
    DONE,
    /** The step may be taken only once every earlier step is done, and some are not yet. */
    WAITING;

    /** The identifier used in JSON and fact files: {@code required}, {@code verify}, {@code done}, {@code waiting}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status two proposals for one step merge to: a problem shown by one fact outweighs
     * everything; a step the facts show in order outweighs the generic advice to check it.
     */
    public static Status mostUrgent(Status a, Status b) {
        return MERGE_RANK.indexOf(a) <= MERGE_RANK.indexOf(b) ? a : b;
    }

    private static final java.util.List<Status> MERGE_RANK = java.util.List.of(REQUIRED, DONE, VERIFY, WAITING);

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
