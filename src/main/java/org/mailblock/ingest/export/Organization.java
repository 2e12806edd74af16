package org.mailblock.ingest.export;

import java.time.Instant;
import java.util.List;

/**
 * The tenant as {@code Get-MgOrganization} describes it.
 *
 * @param initialDomain   the verified domain marked {@code IsInitial}, lower-cased; {@code null} when none is
 * @param createdAt       {@code CreatedDateTime}; {@code null} when not given
 * @param verifiedDomains the names of {@code VerifiedDomains}, lower-cased
 */
public record Organization(String initialDomain, Instant createdAt, List<String> verifiedDomains) {

    public Organization {
        verifiedDomains = List.copyOf(verifiedDomains);
    }
}
