package org.mailblock.facts;

/** The {@code ActionWhenThresholdReached} of an outbound spam policy: what happens to a user over its limits. */
public enum ThresholdAction implements FactEnum {
    /** Only an alert; the user keeps sending. */
    ALERT("Alert"),
    /** The user is restricted until an admin releases it. */
    BLOCK_USER("BlockUser"),
    /** The user is restricted until the next UTC day; the default. */
    BLOCK_USER_FOR_TODAY("BlockUserForToday");

    private final String wireName;

    ThresholdAction(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
