package org.mailblock.serve;

import java.time.Instant;

/**
 * One line of the decision log: what was asked, with which rules, and what was answered.
 *
 * @param id           a new identifier for this decision, also sent as the {@code Mailblock-Decision-Id} header
 * @param time         when the request arrived
 * @param endpoint     {@code /v1/diagnose} or the page
 * @param inputHash    {@code sha256:} of the request body, so that a decision can be matched to its input without storing it
 * @param rulesHash    the hash of the rules that ran; {@code null} when none could
 * @param tenant       the tenant's name, redacted when the report was; {@code null} when the facts were not read
 * @param leadingCause the id of the leading root cause; {@code null} when none was found or nothing was diagnosed
 * @param tenantBanned {@code yes}, {@code no} or {@code unknown}; {@code null} when nothing was diagnosed
 * @param durationMs   how long the request took to handle, in milliseconds
 * @param outcome      {@code diagnosed}, {@code invalid-facts}, {@code bad-request}, {@code too-large},
 *                     {@code unsupported-media-type}, {@code rules-do-not-compile}, {@code overloaded} or {@code error}
 * @param status       the HTTP status answered
 */
record Decision(String id, Instant time, String endpoint, String inputHash, String rulesHash, String tenant, String leadingCause,
                String tenantBanned, double durationMs, String outcome, int status) {
}
