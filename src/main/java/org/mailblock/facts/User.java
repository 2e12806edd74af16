package org.mailblock.facts;

import java.util.List;

/**
 * A user account worth a look; fact files need not list every user.
 *
 * @param upn                the user principal name; required
 * @param restricted         whether the user is listed in Restricted entities (blocked from sending); {@code null} when unknown
 * @param mfa                whether MFA is registered and enforced; {@code null} when unknown
 * @param signals            signs of account takeover seen for the user; {@code null} when nobody looked
 * @param primarySmtpAddress the mailbox's primary address ({@code PrimarySmtpAddress} in {@code Get-Mailbox}); {@code null} when unknown
 * @param forwarding         where the mailbox forwards mail to; empty when it forwards nowhere, {@code null} when nobody looked
 * @param recipientsLast24h  how many recipients the user sent to in the 24 hours before collection; {@code null} when unknown
 */
public record User(String upn, Boolean restricted, Boolean mfa, List<Signal> signals, String primarySmtpAddress,
                   List<Forwarding> forwarding, Long recipientsLast24h) {

    /** Lower-cases the addresses and copies the lists. */
    public User {
        upn = Normalize.address(upn);
        signals = Normalize.list(signals);
        primarySmtpAddress = Normalize.address(primarySmtpAddress);
        forwarding = Normalize.list(forwarding);
    }

    /** A user of whom the mailbox's address, forwarding and sending volume are unknown. */
    public User(String upn, Boolean restricted, Boolean mfa, List<Signal> signals) {
        this(upn, restricted, mfa, signals, null, null, null);
    }

    /** The domain of the primary address, for example {@code contoso.onmicrosoft.com}; {@code null} when unknown. */
    public String primarySmtpDomain() {
        return Normalize.domainOf(primarySmtpAddress);
    }
}
