package org.mailblock.authoring.mutation;

/**
 * One small change to the rule base: a rule rewritten, or the catalogue rewritten.
 *
 * @param file     the file as messages name it, for example {@code rules/plan.drl}
 * @param line     the line of the change in that file
 * @param rule     the changed rule's {@code @id}, or {@code catalogue}
 * @param ruleName the changed rule's name as Drools knows it; {@code null} for a catalogue change
 * @param kind     which kind of change
 * @param change   what changed, in the words of the source (its identity in the equivalents file)
 * @param text     the whole changed rule ({@code rule ... end}), or the whole changed catalogue
 */
public record Mutant(String file, int line, String rule, String ruleName, MutationKind kind, String change, String text) {

    /** Whether the change is to the catalogue rather than to a rule. */
    public boolean inCatalogue() {
        return ruleName == null;
    }
}
