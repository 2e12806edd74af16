package org.mailblock.ingest.export;

/**
 * One mailbox of a {@code Get-Mailbox} export.
 *
 * @param upn                   {@code UserPrincipalName}, lower-cased
 * @param primarySmtpAddress    {@code PrimarySmtpAddress}; {@code null} when not given
 * @param forwardingSmtpAddress {@code ForwardingSmtpAddress} without its {@code smtp:} prefix; {@code null} when it forwards nowhere
 */
public record ExportedMailbox(String upn, String primarySmtpAddress, String forwardingSmtpAddress) {
}
