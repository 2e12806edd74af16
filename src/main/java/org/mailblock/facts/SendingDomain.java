package org.mailblock.facts;

/**
 * A domain the tenant's mail is sent from, as message trace or on-premises logs show it.
 *
 * @param name  the domain; required
 * @param via   how its mail reaches Exchange Online; {@code null} when unknown
 * @param owned whether the organization owns the domain; {@code null} when unknown
 */
public record SendingDomain(String name, Via via, Boolean owned) {

    public SendingDomain {
        name = Normalize.domain(name);
    }

    /** A sending domain of which it is unknown whether the organization owns it. */
    public SendingDomain(String name, Via via) {
        this(name, via, null);
    }
}
