package org.mailblock.fleet;

import java.util.Objects;

/**
 * The topics the processor reads and writes, all keyed by tenant.
 *
 * @param ndrEvents   NDR events: one fact file {@code ndrs[]} entry as JSON per record (input)
 * @param tenantFacts the tenants' facts: a fact file without NDRs as JSON per record, compacted (input)
 * @param diagnoses   one diagnosis per tenant and window, exactly as {@code mailblock diagnose --format json} prints it (output)
 * @param changes     what changed against the tenant's previous diagnosis: a new leading cause, a step's status (output)
 * @param deadLetters records that could not be used, each with the reason and the problems found (output)
 */
public record FleetTopics(String ndrEvents, String tenantFacts, String diagnoses, String changes, String deadLetters) {

    /** The topic names used when none are given. */
    public static final FleetTopics DEFAULT = new FleetTopics("mailblock.ndr-events", "mailblock.tenant-facts",
            "mailblock.diagnoses", "mailblock.diagnosis-changes", "mailblock.dead-letters");

    public FleetTopics {
        Objects.requireNonNull(ndrEvents, "ndrEvents");
        Objects.requireNonNull(tenantFacts, "tenantFacts");
        Objects.requireNonNull(diagnoses, "diagnoses");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(deadLetters, "deadLetters");
    }
}
