package org.mailblock.facts;

/** The {@code ConnectorType} of an Exchange Online connector. */
public enum ConnectorType implements FactEnum {
    /** Relays the organization's own mail; this is the type attackers create to send spam. */
    ON_PREMISES("OnPremises"),
    /** Exchanges mail with a partner organization. */
    PARTNER("Partner");

    private final String wireName;

    ConnectorType(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
