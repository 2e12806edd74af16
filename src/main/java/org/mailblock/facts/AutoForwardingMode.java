package org.mailblock.facts;

/** The {@code AutoForwardingMode} of an outbound spam policy: whether automatic forwarding to outside addresses is allowed. */
public enum AutoForwardingMode implements FactEnum {
    /** System-controlled, the default; Exchange Online now treats it as Off. */
    AUTOMATIC("Automatic"),
    /** Automatic external forwarding is allowed. */
    ON("On"),
    /** Automatic external forwarding is blocked; forwarded copies bounce with 5.7.520. */
    OFF("Off");

    private final String wireName;

    AutoForwardingMode(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
