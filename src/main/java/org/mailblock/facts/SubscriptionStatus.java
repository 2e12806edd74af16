package org.mailblock.facts;

/** The {@code Status} of a subscription as {@code Get-MgDirectorySubscription} reports it. */
public enum SubscriptionStatus implements FactEnum {
    /** Active. */
    ENABLED("Enabled"),
    /** Expired and in its grace period. */
    WARNING("Warning"),
    /** Cancelled but still recoverable. */
    SUSPENDED("Suspended"),
    /** Locked by Microsoft. */
    LOCKED_OUT("LockedOut"),
    /** Gone. */
    DELETED("Deleted");

    private final String wireName;

    SubscriptionStatus(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
