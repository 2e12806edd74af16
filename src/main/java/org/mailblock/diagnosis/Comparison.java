package org.mailblock.diagnosis;

import java.util.List;

/**
 * What other facts change in a diagnosis, and how much that weighs.
 *
 * @param impact  the strongest of the changes; {@link Impact#NONE} when nothing a reader acts on changes
 * @param changes the changes: leading cause and readiness first, then the next step, the steps' statuses and the causes
 */
public record Comparison(Impact impact, List<Change> changes) {

    public Comparison {
        changes = List.copyOf(changes);
    }
}
