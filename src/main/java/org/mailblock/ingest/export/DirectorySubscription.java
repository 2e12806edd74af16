package org.mailblock.ingest.export;

import java.time.Instant;
import org.mailblock.facts.SubscriptionStatus;

/**
 * One subscription from {@code Get-MgDirectorySubscription}.
 *
 * @param skuPartNumber the product, for example {@code O365_BUSINESS_PREMIUM}
 * @param status        its status; {@code null} when not given or not one mailblock knows
 * @param trial         {@code IsTrial}; {@code null} when not given
 * @param created       {@code CreatedDateTime}; {@code null} when not given
 * @param nextLifecycle {@code NextLifecycleDateTime}: when it moves to its next state if not renewed
 * @param totalLicenses {@code TotalLicenses}; {@code null} when not given
 */
public record DirectorySubscription(String skuPartNumber, SubscriptionStatus status, Boolean trial, Instant created,
                                    Instant nextLifecycle, Long totalLicenses) {

    /** A subscription whose license count is unknown. */
    public DirectorySubscription(String skuPartNumber, SubscriptionStatus status, Boolean trial, Instant created, Instant nextLifecycle) {
        this(skuPartNumber, status, trial, created, nextLifecycle, null);
    }
}
