package org.mailblock.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What to import.
 *
 * @param bounces     bounce message files, or folders of them (every file in a folder, by name)
 * @param exports     JSON export files, or folders of them (every {@code .json} file in a folder, by name)
 * @param collectedAt the fact file's collectedAt; {@code null} to take the newest time found in the inputs
 * @param tenantName  the tenant's initial domain; {@code null} to take it from the inputs
 */
public record ImportRequest(List<Path> bounces, List<Path> exports, Instant collectedAt, String tenantName) {

    public ImportRequest {
        bounces = List.copyOf(bounces);
        exports = List.copyOf(exports);
    }
}
