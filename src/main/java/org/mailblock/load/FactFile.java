package org.mailblock.load;

import org.mailblock.expect.Expectation;
import org.mailblock.facts.TenantFacts;

/**
 * A loaded and validated fact file.
 *
 * @param source      the file as the user named it, or the source name given for text
 * @param facts       the facts it holds
 * @param expectation what the file expects the diagnosis to be; {@code null} when it has no {@code expect} section
 */
public record FactFile(String source, TenantFacts facts, Expectation expectation) {
}
