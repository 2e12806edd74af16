package org.mailblock.engine.kb;

/**
 * Marks a section of the fact file as collected. A section that is present but empty means
 * "we looked and found none"; a section that is missing means "nobody looked", so rules ask.
 *
 * @param section the section's name in the fact file, for example {@code connectors}
 */
public record Known(String section) {
}
