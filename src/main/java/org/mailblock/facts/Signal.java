package org.mailblock.facts;

/** Signs that a user account may have been taken over. */
public enum Signal implements FactEnum {
    /** The mailbox forwards mail to an external address. */
    EXTERNAL_FORWARDING("externalForwarding"),
    /** An inbox rule forwards, deletes or hides mail in a way the user did not set up. */
    SUSPICIOUS_INBOX_RULE("suspiciousInboxRule"),
    /** Sign-ins flagged as risky (unfamiliar location, leaked credentials, impossible travel). */
    RISKY_SIGN_IN("riskySignIn"),
    /** The account suddenly sends far more mail than usual. */
    SENDING_SPIKE("sendingSpike");

    private final String wireName;

    Signal(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
