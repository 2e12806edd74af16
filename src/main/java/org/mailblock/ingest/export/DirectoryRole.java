package org.mailblock.ingest.export;

import java.util.List;

/**
 * One activated directory role with the user principal names of its members.
 *
 * @param name    {@code DisplayName}, for example {@code Global Administrator}
 * @param members the members' user principal names, lower-cased (groups and service principals have none and are left out)
 */
public record DirectoryRole(String name, List<String> members) {

    public DirectoryRole {
        members = List.copyOf(members);
    }
}
