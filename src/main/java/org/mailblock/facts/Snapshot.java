package org.mailblock.facts;

import java.time.Instant;

/**
 * When the facts were collected. Every rule that reasons about time measures from here,
 * never from the clock, so a fact file gives the same diagnosis on any day.
 *
 * @param collectedAt the fact file's {@code collectedAt}
 */
public record Snapshot(Instant collectedAt) {
}
