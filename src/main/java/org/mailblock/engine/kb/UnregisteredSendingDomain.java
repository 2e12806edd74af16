package org.mailblock.engine.kb;

/**
 * A sending domain that the facts do not show registered with the tenant, derived once in
 * {@code rules/derive.drl} so that causes, plan and questions share one meaning of "unregistered".
 * The tenant's own domain always counts as registered.
 *
 * @param name         the sending domain
 * @param registration how far it is from registered
 */
public record UnregisteredSendingDomain(String name, Registration registration) {

    /** Whether the facts show the domain unregistered, rather than leaving its verification open. */
    public boolean certain() {
        return registration != Registration.VERIFICATION_UNKNOWN;
    }

    @Override
    public String toString() {
        return "unregistered sending domain " + name + " (" + registration.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
    }
}
