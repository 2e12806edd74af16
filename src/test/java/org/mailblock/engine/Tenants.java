package org.mailblock.engine;

import java.time.Instant;
import java.util.List;
import org.mailblock.facts.Admin;
import org.mailblock.facts.Ndr;
import org.mailblock.facts.Subscription;
import org.mailblock.facts.SubscriptionStatus;
import org.mailblock.facts.TenantFacts;

/** Small tenants built in code, for engine tests that need no fact file. */
final class Tenants {

    static final Instant COLLECTED = Instant.parse("2026-11-20T10:00:00Z");

    private Tenants() {
    }

    /** A tenant banned with 5.7.705 and one admin without MFA. */
    static TenantFacts bannedWithAdminWithoutMfa() {
        return TenantFacts.builder(COLLECTED, "contoso.onmicrosoft.com")
                .ndr(new Ndr("5.7.705", 550, "Access denied, tenant has exceeded threshold", "alice@contoso.com", null, null, 3L))
                .admins(List.of(new Admin("admin@contoso.com", List.of("Global Administrator"), false)))
                .build();
    }

    /** A 5.7.705 tenant whose subscription was renewed after expiry, the given number of hours before collection. */
    static TenantFacts renewedHoursBefore(Instant collectedAt, long hours) {
        return TenantFacts.builder(collectedAt, "contoso.onmicrosoft.com")
                .ndr(Ndr.of("5.7.705"))
                .subscription(new Subscription(SubscriptionStatus.ENABLED,
                        collectedAt.minusSeconds(hours * 3600 + 5 * 86_400), collectedAt.minusSeconds(hours * 3600)))
                .build();
    }
}
