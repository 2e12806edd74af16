package org.mailblock.facts;

/** Which way a connector carries mail, as seen from Exchange Online. */
public enum Direction implements FactEnum {
    /** {@code Get-InboundConnector}: mail coming into Exchange Online, for example from on-premises servers. */
    INBOUND("inbound"),
    /** {@code Get-OutboundConnector}: mail leaving Exchange Online towards a partner or on-premises. */
    OUTBOUND("outbound");

    private final String wireName;

    Direction(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
