package org.mailblock.facts;

/**
 * A domain the tenant's mail is sent from, as message trace or on-premises logs show it.
 *
 * @param name the domain; required
 * @param via  how its mail reaches Exchange Online; {@code null} when unknown
 */
public record SendingDomain(String name, Via via) {

    public SendingDomain {
        name = Normalize.domain(name);
    }
}
