package org.mailblock.facts;

/**
 * An on-premises or third-party mail server of the organization.
 *
 * @param name                        the server's name; required
 * @param relaysThroughExchangeOnline whether it sends outgoing mail through Exchange Online; {@code null} when unknown
 * @param lockedDown                  whether it was checked and secured (no open relay, patched, only known senders); {@code null} when unknown
 * @param openRelay                   whether it relays mail for anyone; {@code null} when unknown
 */
public record OnPremisesServer(String name, Boolean relaysThroughExchangeOnline, Boolean lockedDown, Boolean openRelay) {
}
