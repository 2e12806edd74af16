package org.mailblock.facts;

import java.time.Instant;
import java.util.List;

/**
 * An on-premises or third-party mail server of the organization.
 *
 * @param name                        the server's name; required
 * @param relaysThroughExchangeOnline whether it sends outgoing mail through Exchange Online; {@code null} when unknown
 * @param lockedDown                  whether it was checked and secured (no open relay, patched, only known senders); {@code null} when unknown
 * @param openRelay                   whether it relays mail for anyone; {@code null} when unknown
 * @param egressIps                   the public IP addresses it sends from; {@code null} when unknown
 * @param certificateSubject          the name on the TLS certificate it presents when it sends; {@code null} when unknown
 * @param certificateRenewedAt        when that certificate was last renewed or replaced; {@code null} when unknown
 */
public record OnPremisesServer(String name, Boolean relaysThroughExchangeOnline, Boolean lockedDown, Boolean openRelay,
                               List<String> egressIps, String certificateSubject, Instant certificateRenewedAt) {

    /** Copies the addresses and lower-cases the certificate name, as connectors' certificate names are. */
    public OnPremisesServer {
        egressIps = Normalize.list(egressIps);
        certificateSubject = Normalize.domain(certificateSubject);
    }

    /** A server of which the addresses and the certificate are unknown. */
    public OnPremisesServer(String name, Boolean relaysThroughExchangeOnline, Boolean lockedDown, Boolean openRelay) {
        this(name, relaysThroughExchangeOnline, lockedDown, openRelay, null, null, null);
    }
}
