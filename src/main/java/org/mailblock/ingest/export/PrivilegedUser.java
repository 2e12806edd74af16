package org.mailblock.ingest.export;

import java.util.List;

/**
 * One entry of ScubaGear's {@code privileged_users}: a user with admin roles, keyed by object id (ScubaGear keeps no user principal name).
 *
 * @param id          the user's object id
 * @param displayName {@code DisplayName}; {@code null} when not given
 * @param roles       {@code roles}
 */
public record PrivilegedUser(String id, String displayName, List<String> roles) {

    public PrivilegedUser {
        roles = List.copyOf(roles);
    }
}
