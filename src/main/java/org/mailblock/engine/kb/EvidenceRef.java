package org.mailblock.engine.kb;

/**
 * Evidence as a rule states it: the fact object it matched and which of its fields matters.
 * The engine turns it into a path and value of the fact file when it assembles the diagnosis.
 *
 * @param fact   the matched fact (an input record, a {@link Symptom}, or an {@code NdrTally})
 * @param field  the record component the evidence is about, or {@code null} for the whole entry
 * @param detail what the fact means for the conclusion
 */
public record EvidenceRef(Object fact, String field, String detail) {
}
