package org.mailblock.expect;

import java.util.List;

/**
 * The {@code rules} part of an {@code expect} section: which rules a small, focused sample must make
 * fire and which it must leave silent, by {@code @id}. It pins one rule's boundary without writing Java.
 *
 * @param fired    rule ids that must fire on the sample
 * @param notFired rule ids that must not fire on it
 */
public record RuleExpectation(List<String> fired, List<String> notFired) {

    /** Copies the lists; a list left out is empty. */
    public RuleExpectation {
        fired = fired == null ? List.of() : List.copyOf(fired);
        notFired = notFired == null ? List.of() : List.copyOf(notFired);
    }
}
