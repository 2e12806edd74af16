package org.mailblock.facts;

import java.util.List;

/**
 * A user account worth a look; fact files need not list every user.
 *
 * @param upn        the user principal name; required
 * @param restricted whether the user is listed in Restricted entities (blocked from sending); {@code null} when unknown
 * @param mfa        whether MFA is registered and enforced; {@code null} when unknown
 * @param signals    signs of account takeover seen for the user; {@code null} when nobody looked
 */
public record User(String upn, Boolean restricted, Boolean mfa, List<Signal> signals) {

    /** Lower-cases the UPN and copies the signals. */
    public User {
        upn = Normalize.address(upn);
        signals = Normalize.list(signals);
    }
}
