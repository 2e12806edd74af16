package org.mailblock.ingest.export;

import java.time.Instant;
import java.util.List;

/**
 * The collector's {@code manifest.json}: what ran, when, and with what.
 *
 * @param collectorVersion {@code collectorVersion}
 * @param startedAt        {@code startedAt}; {@code null} when not given
 * @param finishedAt       {@code finishedAt}; {@code null} when not given
 * @param tenant           {@code tenant}, lower-cased; {@code null} when the collector could not tell
 * @param powershell       {@code powershell}, the PowerShell version; {@code null} when not given
 * @param steps            {@code steps}, in the order they ran
 */
public record CollectorManifest(String collectorVersion, Instant startedAt, Instant finishedAt, String tenant, String powershell,
                                List<CollectorStep> steps) {

    public CollectorManifest {
        steps = List.copyOf(steps);
    }
}
