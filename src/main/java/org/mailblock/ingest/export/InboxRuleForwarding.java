package org.mailblock.ingest.export;

import java.util.List;

/**
 * One inbox rule of a {@code Get-InboxRule} export, with the SMTP addresses it sends mail on to.
 *
 * @param mailbox   {@code MailboxOwnerId} as written (a name or an address)
 * @param rule      {@code Name}, else {@code Identity}
 * @param enabled   {@code Enabled}; {@code null} when not given
 * @param addresses the addresses of {@code ForwardTo}, {@code ForwardAsAttachmentTo} and {@code RedirectTo}, lower-cased; empty when it forwards nowhere
 */
public record InboxRuleForwarding(String mailbox, String rule, Boolean enabled, List<String> addresses) {

    public InboxRuleForwarding {
        addresses = List.copyOf(addresses);
    }
}
