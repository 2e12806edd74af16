package org.mailblock.engine.inspect;

import java.util.List;

/**
 * Why a rule did not fire on a set of facts: the first of its conditions nothing satisfied.
 *
 * @param rule       the rule's {@code @id}
 * @param location   where the rule is, {@code file:line}
 * @param fired      whether it fired after all (then nothing failed)
 * @param matched    how many of its conditions, from the first, were satisfied together
 * @param conditions how many top-level conditions it has
 * @param failing    the first condition not satisfied, or {@code null} when it fired
 * @param constraint within a failing pattern, the first constraint no fact met; {@code null} when the whole condition failed
 * @param constraintsMet within a failing pattern, how many of its constraints, from the first, some fact met
 * @param reason     what failed, in words
 * @param facts      the facts concerned: those of the pattern's type that did not meet the constraint, or those a
 *                   {@code not} found; each as path with the values of the fields the constraint names
 * @param factSet    for a verdict over several fact sets, the index of the one that came closest
 */
public record WhyNot(String rule, String location, boolean fired, int matched, int conditions,
                     RuleOutline.Condition failing, String constraint, int constraintsMet, String reason, List<String> facts, int factSet) {

    /** Copies the list. */
    public WhyNot {
        facts = List.copyOf(facts);
    }
}
