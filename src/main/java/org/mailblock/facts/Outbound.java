package org.mailblock.facts;

/**
 * What is known of the tenant's outgoing mail.
 *
 * @param bulkMail        whether the organization sends bulk or marketing mail through Exchange Online; {@code null} when unknown
 * @param messagesLast24h how many messages the tenant sent in the 24 hours before collection; {@code null} when unknown
 */
public record Outbound(Boolean bulkMail, Long messagesLast24h) {
}
