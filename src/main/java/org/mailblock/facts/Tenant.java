package org.mailblock.facts;

import java.time.Instant;

/**
 * The tenant the fact file is about.
 *
 * @param name      the tenant's initial domain, for example {@code contoso.onmicrosoft.com}; required
 * @param trial     whether the tenant runs on a trial subscription; {@code null} when unknown
 * @param createdAt when the tenant was created; {@code null} when unknown
 * @param hybrid    whether on-premises servers send through Exchange Online; {@code null} when unknown
 */
public record Tenant(String name, Boolean trial, Instant createdAt, Boolean hybrid) {

    public Tenant {
        name = Normalize.domain(name);
    }

    /** A tenant of which only the name is known. */
    public static Tenant named(String name) {
        return new Tenant(name, null, null, null);
    }
}
