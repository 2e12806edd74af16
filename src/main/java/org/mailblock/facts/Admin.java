package org.mailblock.facts;

import java.util.List;

/**
 * An account with an admin role.
 *
 * @param upn   the user principal name; required
 * @param roles the admin roles it holds, for example {@code Global Administrator}
 * @param mfa   whether MFA is registered and enforced for it; {@code null} when unknown
 */
public record Admin(String upn, List<String> roles, Boolean mfa) {

    /** Lower-cases the UPN and copies the roles. */
    public Admin {
        upn = Normalize.address(upn);
        roles = Normalize.list(roles);
    }
}
