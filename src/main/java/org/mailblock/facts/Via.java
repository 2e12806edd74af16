package org.mailblock.facts;

/** How mail from a sending domain reaches Exchange Online. */
public enum Via implements FactEnum {
    /** Sent by mailboxes in Exchange Online. */
    CLOUD("cloud"),
    /** Relayed by on-premises or third-party servers through an inbound connector. */
    ON_PREMISES("onPremises"),
    /** Forwarded by mailboxes to external addresses. */
    FORWARDING("forwarding"),
    /** Sent by devices or applications such as multifunction printers. */
    DEVICE("device");

    private final String wireName;

    Via(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
