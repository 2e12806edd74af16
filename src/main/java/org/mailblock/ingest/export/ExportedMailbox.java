package org.mailblock.ingest.export;

/**
 * One mailbox of a {@code Get-Mailbox} export.
 *
 * @param upn                        {@code UserPrincipalName}, lower-cased
 * @param primarySmtpAddress         {@code PrimarySmtpAddress}; {@code null} when not given
 * @param forwardingSmtpAddress      {@code ForwardingSmtpAddress} without its {@code smtp:} prefix; {@code null} when it forwards nowhere
 * @param forwardingAddress          {@code ForwardingAddress}: the name of a recipient in the directory, not an address; {@code null} when none
 * @param deliverToMailboxAndForward {@code DeliverToMailboxAndForward}; {@code null} when not given
 */
public record ExportedMailbox(String upn, String primarySmtpAddress, String forwardingSmtpAddress, String forwardingAddress,
                              Boolean deliverToMailboxAndForward) {

    /** A mailbox whose forwarding to a directory recipient is unknown. */
    public ExportedMailbox(String upn, String primarySmtpAddress, String forwardingSmtpAddress) {
        this(upn, primarySmtpAddress, forwardingSmtpAddress, null, null);
    }
}
