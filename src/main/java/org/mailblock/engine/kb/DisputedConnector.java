package org.mailblock.engine.kb;

/**
 * An inbound connector the organization says it recognizes, although the audit log says otherwise:
 * it was created by an account that holds no admin role, or recently by an admin who signs in
 * without MFA. Derived once in {@code rules/derive.drl} so that causes, plan and questions share it.
 *
 * @param name           the connector's name
 * @param creator        the account that created it, from the audit log
 * @param creatorIsAdmin whether the creator is a listed admin (then one without MFA)
 */
public record DisputedConnector(String name, String creator, boolean creatorIsAdmin) {

    @Override
    public String toString() {
        return "disputed connector " + name + " (created by " + creator + (creatorIsAdmin ? ", an admin without MFA)" : ", no admin)");
    }
}
