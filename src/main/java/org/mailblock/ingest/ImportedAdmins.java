package org.mailblock.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mailblock.facts.Admin;
import org.mailblock.ingest.export.DirectoryRole;
import org.mailblock.ingest.export.PrivilegedUser;
import org.mailblock.ingest.export.RegisteredUser;

/**
 * The admins: the members of directory roles (with their roles), the users the registration report marks
 * {@code isAdmin}, and ScubaGear's privileged users (found by object id in the registration report, since
 * ScubaGear keeps no user principal name). MFA comes from the registration report only.
 */
final class ImportedAdmins {

    private ImportedAdmins() {
    }

    /** The admins, or {@code null} when no export says who they are. */
    static List<Admin> of(ExportSections sections, List<String> warnings) {
        List<RegisteredUser> registered = sections.registered;
        if (registered == null && sections.directoryRoles == null && sections.privilegedUsers == null) {
            return null;
        }
        Map<String, List<String>> roles = new LinkedHashMap<>();
        if (sections.directoryRoles != null) {
            for (DirectoryRole role : sections.directoryRoles) {
                role.members().forEach(upn -> addRole(roles, upn, role.name()));
            }
        }
        if (sections.privilegedUsers != null) {
            for (PrivilegedUser p : sections.privilegedUsers) {
                String upn = registered == null ? null : registered.stream().filter(u -> p.id().equalsIgnoreCase(u.id()))
                        .map(RegisteredUser::upn).findFirst().orElse(null);
                if (upn == null) {
                    warnings.add("admins: ScubaGear lists the privileged user " + p.id() + (p.displayName() == null ? "" : " (" + p.displayName() + ")")
                            + " by object id only, and no registration report names it; left out");
                } else {
                    p.roles().forEach(r -> addRole(roles, upn, r));
                }
            }
        }
        Map<String, Admin> admins = new LinkedHashMap<>();
        roles.forEach((upn, held) -> admins.put(upn, new Admin(upn, held, mfa(registered, upn))));
        if (registered != null) {
            for (RegisteredUser u : registered) {
                if (Boolean.TRUE.equals(u.admin()) && !admins.containsKey(u.upn())) {
                    // isAdmin says an admin role is held, not which one
                    admins.put(u.upn(), new Admin(u.upn(), null, u.mfaRegistered()));
                }
            }
        }
        return new ArrayList<>(admins.values());
    }

    private static void addRole(Map<String, List<String>> roles, String upn, String role) {
        List<String> held = roles.computeIfAbsent(upn, k -> new ArrayList<>());
        if (!held.contains(role)) {
            held.add(role);
        }
    }

    private static Boolean mfa(List<RegisteredUser> registered, String upn) {
        if (registered == null) {
            return null;
        }
        return registered.stream().filter(u -> u.upn().equals(upn)).map(RegisteredUser::mfaRegistered).findFirst().orElse(null);
    }
}
