package org.mailblock.facts;

import java.time.Instant;
import java.util.List;

/**
 * An Exchange Online connector ({@code Get-InboundConnector}, {@code Get-OutboundConnector}).
 *
 * @param name                     the connector's name; required
 * @param direction                inbound or outbound; {@code null} when unknown
 * @param type                     its {@code ConnectorType}; {@code null} when unknown
 * @param enabled                  whether it is enabled; {@code null} when unknown
 * @param createdAt                when it was created ({@code WhenCreatedUTC}); {@code null} when unknown
 * @param createdBy                who created it, from the audit log; {@code null} when unknown
 * @param recognized               whether the organization knows and wants this connector; {@code null} when nobody has said
 * @param senderIpAddresses        the IP addresses or ranges it accepts mail from
 * @param senderDomains            the sender domains it accepts, {@code *} for any
 * @param tlsSenderCertificateName the certificate name it accepts ({@code TlsSenderCertificateName})
 * @param restricted               whether Exchange Online restricted it for relaying spam ({@code Get-BlockedConnector}); {@code null} when unknown
 */
public record Connector(String name, Direction direction, ConnectorType type, Boolean enabled, Instant createdAt,
                        String createdBy, Boolean recognized, List<String> senderIpAddresses,
                        List<String> senderDomains, String tlsSenderCertificateName, Boolean restricted) {

    /** Lower-cases the creator and the certificate name, and copies the lists. */
    public Connector {
        createdBy = Normalize.address(createdBy);
        senderIpAddresses = Normalize.list(senderIpAddresses);
        senderDomains = Normalize.list(senderDomains);
        tlsSenderCertificateName = Normalize.domain(tlsSenderCertificateName);
    }

    /** A connector of which it is unknown whether it is restricted. */
    public Connector(String name, Direction direction, ConnectorType type, Boolean enabled, Instant createdAt,
                     String createdBy, Boolean recognized, List<String> senderIpAddresses,
                     List<String> senderDomains, String tlsSenderCertificateName) {
        this(name, direction, type, enabled, createdAt, createdBy, recognized, senderIpAddresses, senderDomains,
                tlsSenderCertificateName, null);
    }

    /** Whether the connector accepts mail for any sender domain ({@code *}). */
    public boolean acceptsAnySenderDomain() {
        return senderDomains != null && senderDomains.stream().anyMatch(d -> "*".equals(d) || "smtp:*;1".equals(d));
    }

    /**
     * The domains whose acceptance attributes mail by this connector's certificate: the certificate's
     * host name itself and its immediate parent, never a parent further up (KB 4019940):
     * {@code mail.contoso.com} gives {@code mail.contoso.com} and {@code contoso.com};
     * {@code *.contoso.com} gives {@code contoso.com}; {@code host.sub.contoso.com} gives
     * {@code host.sub.contoso.com} and {@code sub.contoso.com}, not {@code contoso.com}.
     */
    public List<String> certificateDomains() {
        if (tlsSenderCertificateName == null || tlsSenderCertificateName.isBlank()) {
            return List.of();
        }
        if (tlsSenderCertificateName.startsWith("*.")) {
            return List.of(tlsSenderCertificateName.substring(2));
        }
        int dot = tlsSenderCertificateName.indexOf('.');
        String parent = dot < 0 ? "" : tlsSenderCertificateName.substring(dot + 1);
        // A top-level domain alone can never be an accepted domain.
        return parent.contains(".") ? List.of(tlsSenderCertificateName, parent) : List.of(tlsSenderCertificateName);
    }
}
