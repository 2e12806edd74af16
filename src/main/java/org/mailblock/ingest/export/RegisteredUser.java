package org.mailblock.ingest.export;

import java.time.Instant;

/**
 * One row of the Graph user registration details report.
 *
 * @param upn             the user principal name
 * @param admin           {@code isAdmin}: whether the account holds an admin role; {@code null} when not given
 * @param mfaRegistered   {@code isMfaRegistered}; {@code null} when not given
 * @param lastUpdated     {@code lastUpdatedDateTime}; {@code null} when not given
 * @param id              {@code id}, the user's object id; {@code null} when not given
 */
public record RegisteredUser(String upn, Boolean admin, Boolean mfaRegistered, Instant lastUpdated, String id) {

    /** A user whose object id is unknown. */
    public RegisteredUser(String upn, Boolean admin, Boolean mfaRegistered, Instant lastUpdated) {
        this(upn, admin, mfaRegistered, lastUpdated, null);
    }
}
