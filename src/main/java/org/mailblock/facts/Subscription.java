package org.mailblock.facts;

import java.time.Instant;

/**
 * The tenant's Microsoft 365 subscription.
 *
 * @param status            its current status; {@code null} when unknown
 * @param expiredAt         when it last expired; {@code null} when unknown or never
 * @param renewedAt         when it was last renewed; {@code null} when unknown or never
 * @param purchasedLicenses how many purchased (not trial) licenses with Exchange Online the tenant has; {@code null} when unknown
 */
public record Subscription(SubscriptionStatus status, Instant expiredAt, Instant renewedAt, Long purchasedLicenses) {

    /** A subscription whose license count is unknown. */
    public Subscription(SubscriptionStatus status, Instant expiredAt, Instant renewedAt) {
        this(status, expiredAt, renewedAt, null);
    }
}
