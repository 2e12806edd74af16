package org.mailblock.diagnosis;

import java.util.List;

/**
 * One typical answer to a question, and what it would do to the diagnosis.
 *
 * @param id      the answer's identifier in the catalogue, for example {@code enforced}
 * @param label   the answer in words, for example "Every admin has MFA enforced"
 * @param assumed the facts the answer stands for
 * @param effect  how the diagnosis would change with them
 */
public record AnswerEffect(String id, String label, List<Assumption> assumed, Comparison effect) {

    public AnswerEffect {
        assumed = List.copyOf(assumed);
    }

    /** The same answer with its label in another language. */
    public AnswerEffect withLabel(String other) {
        return new AnswerEffect(id, other, assumed, effect);
    }
}
