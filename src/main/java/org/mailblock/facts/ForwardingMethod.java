package org.mailblock.facts;

/** How a mailbox forwards its mail; inbox-rule forwarding from internal senders is blocked without an NDR. */
public enum ForwardingMethod implements FactEnum {
    /** The mailbox's forwarding setting ({@code ForwardingSmtpAddress} in {@code Get-Mailbox}). */
    MAILBOX("mailbox"),
    /** An inbox rule ({@code ForwardTo}, {@code RedirectTo} or {@code ForwardAsAttachmentTo} in {@code Get-InboxRule}). */
    INBOX_RULE("inboxRule");

    private final String wireName;

    ForwardingMethod(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
