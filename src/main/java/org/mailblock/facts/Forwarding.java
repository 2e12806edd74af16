package org.mailblock.facts;

/**
 * One address a user's mail is forwarded to.
 *
 * @param address the address mail goes to; required
 * @param by      how the mailbox forwards it; {@code null} when unknown
 */
public record Forwarding(String address, ForwardingMethod by) {

    /** Lower-cases the address. */
    public Forwarding {
        address = Normalize.address(address);
    }

    /** The domain after the address's {@code @}, to compare with accepted domains; {@code null} when there is none. */
    public String domain() {
        return Normalize.domainOf(address);
    }
}
