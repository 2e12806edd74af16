package org.mailblock.facts;

/** The {@code DomainType} of an accepted domain in Exchange Online. */
public enum DomainType implements FactEnum {
    /** Every recipient of the domain lives in Exchange Online. */
    AUTHORITATIVE("Authoritative"),
    /** Some recipients of the domain live elsewhere, for example on-premises. */
    INTERNAL_RELAY("InternalRelay");

    private final String wireName;

    DomainType(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
