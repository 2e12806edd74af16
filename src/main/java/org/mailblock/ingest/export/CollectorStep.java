package org.mailblock.ingest.export;

/**
 * One step of a collector run, as its manifest records it.
 *
 * @param name   the cmdlet or call, for example {@code Get-BlockedConnector}
 * @param file   the export it writes, for example {@code blocked-connectors.json}; {@code null} when not given
 * @param status {@code collected}, {@code skipped} or {@code failed}; {@code null} when not given
 * @param reason why it was skipped or failed; {@code null} when not given
 * @param count  how many objects it wrote; {@code null} when not given
 */
public record CollectorStep(String name, String file, String status, String reason, Long count) {

    /** Whether the step wrote its export. */
    public boolean collected() {
        return "collected".equalsIgnoreCase(status);
    }
}
