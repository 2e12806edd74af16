package org.mailblock.facts;

import java.util.List;

/**
 * An outbound spam policy ({@code Get-HostedOutboundSpamFilterPolicy}) with the scope of its rule
 * ({@code Get-HostedOutboundSpamFilterRule}); the default policy applies to everyone no custom one covers.
 *
 * @param name                          the policy's name ({@code Name}); required
 * @param isDefault                     whether it is the default policy ({@code IsDefault}); {@code null} when unknown
 * @param autoForwardingMode            whether automatic external forwarding is allowed ({@code AutoForwardingMode}); {@code null} when unknown
 * @param recipientLimitExternalPerHour external recipients a user may send to per hour, 0 for the service default; {@code null} when unknown
 * @param recipientLimitInternalPerHour internal recipients a user may send to per hour, 0 for the service default; {@code null} when unknown
 * @param recipientLimitPerDay          recipients a user may send to per day, 0 for the service default; {@code null} when unknown
 * @param actionWhenThresholdReached    what happens to a user over a limit ({@code ActionWhenThresholdReached}); {@code null} when unknown
 * @param from                          the senders a custom policy applies to ({@code From}); {@code null} when unknown
 * @param fromMemberOf                  the groups whose members it applies to ({@code FromMemberOf}); {@code null} when unknown
 * @param senderDomainIs                the sender domains it applies to ({@code SenderDomainIs}); {@code null} when unknown
 */
public record OutboundSpamPolicy(String name, Boolean isDefault, AutoForwardingMode autoForwardingMode,
                                 Integer recipientLimitExternalPerHour, Integer recipientLimitInternalPerHour,
                                 Integer recipientLimitPerDay, ThresholdAction actionWhenThresholdReached,
                                 List<String> from, List<String> fromMemberOf, List<String> senderDomainIs) {

    /** The largest recipient limit a policy can set. */
    public static final int MAX_RECIPIENT_LIMIT = 10_000;

    /** Lower-cases the addresses and domains of the scope and copies the lists. */
    public OutboundSpamPolicy {
        from = Normalize.addresses(from);
        fromMemberOf = Normalize.addresses(fromMemberOf);
        senderDomainIs = Normalize.domains(senderDomainIs);
    }
}
