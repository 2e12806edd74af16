package org.mailblock.serve;

import org.mailblock.diagnosis.Diagnosis;

/**
 * A request's answer with what the decision log says about it.
 *
 * @param answer       what is sent
 * @param outcome      the decision log's outcome
 * @param rulesHash    the hash of the rules that ran, or {@code null}
 * @param tenant       the tenant as the log may show it, or {@code null}
 * @param leadingCause the leading cause's id, or {@code null}
 * @param tenantBanned {@code yes}, {@code no}, {@code unknown}, or {@code null}
 */
record Handled(Answer answer, String outcome, String rulesHash, String tenant, String leadingCause, String tenantBanned) {

    /** A request answered without a diagnosis. */
    static Handled refused(Answer answer, String outcome, String rulesHash) {
        return new Handled(answer, outcome, rulesHash, null, null, null);
    }

    /** A request answered with a diagnosis. */
    static Handled diagnosed(Answer answer, Diagnosis d, String tenant) {
        return new Handled(answer, "diagnosed", d.engine().rulesHash(), tenant,
                d.leadingCause().map(c -> c.id()).orElse(null), d.tenantBan().id());
    }
}
