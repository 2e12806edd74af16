package org.mailblock.engine.kb;

/**
 * An unregistered sending domain classified by whose it is, derived once in {@code rules/domains.drl}
 * so that causes, plan and questions agree on which domains the organization can register.
 *
 * @param name         the sending domain
 * @param registration how far it is from registered
 * @param origin       whose it is
 */
public record ClassifiedSendingDomain(String name, Registration registration, DomainOrigin origin) {

    /** Whether the facts show the domain unregistered, rather than leaving its verification open. */
    public boolean certain() {
        return registration != Registration.VERIFICATION_UNKNOWN;
    }

    @Override
    public String toString() {
        return "sending domain " + name + ": " + origin.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
