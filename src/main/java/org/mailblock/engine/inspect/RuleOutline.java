package org.mailblock.engine.inspect;

import java.util.List;
import java.util.Map;

/**
 * A rule as its DRL source states it, read without compiling: metadata, its conditions in order
 * and the catalogue identifiers its consequence concludes. Authoring tools lint and list rules
 * from it.
 *
 * @param id          its {@code @id}, or empty when it has none
 * @param name        its name
 * @param file        the DRL file as the user knows it, for example {@code rules/plan.drl}
 * @param line        the line of its {@code rule} keyword
 * @param column      the column of its {@code rule} keyword, from 1
 * @param salience    its salience, or {@code null} when not given
 * @param metadata    its metadata ({@code @key(value)}), values without quotes
 * @param description the one-line {@code //} comment directly above it, or {@code null}
 * @param conditions  its top-level conditions, in order
 * @param concludes   the symptoms, causes, actions and questions its consequence names
 * @param shadowedTypes metadata keys that Drools would mistake for a fact type of the same name
 */
public record RuleOutline(String id, String name, String file, int line, int column, Integer salience,
                          Map<String, String> metadata, String description, List<Condition> conditions,
                          List<Concluded> concludes, List<String> shadowedTypes) {

    /** Copies the collections. */
    public RuleOutline {
        metadata = Map.copyOf(metadata);
        conditions = List.copyOf(conditions);
        concludes = List.copyOf(concludes);
        shadowedTypes = List.copyOf(shadowedTypes);
    }

    /** The NDR codes of {@code @codes}, empty when not given. */
    public List<String> codes() {
        String codes = metadata.get("codes");
        return codes == null || codes.isBlank() ? List.of() : List.of(codes.trim().split("[\\s,]+"));
    }

    /** Where the rule is, as {@code file:line}. */
    public String location() {
        return file + ":" + line;
    }

    /**
     * One top-level condition of a rule.
     *
     * @param number its position, from 1
     * @param kind   {@code pattern}, {@code not}, {@code exists}, {@code eval}, {@code or}, {@code accumulate}, {@code from}, ...
     * @param text   its DRL text on one line
     * @param line   its line in the DRL file
     * @param column its column, from 1
     */
    public record Condition(int number, String kind, String text, int line, int column) {
    }

    /**
     * A catalogue identifier a rule's consequence concludes.
     *
     * @param kind {@code symptom}, {@code cause}, {@code action}, {@code question}, or {@code answered cause} for a cause an action answers
     * @param id   the identifier
     * @param line the line it is written on
     * @param column the column of the identifier, from 1
     */
    public record Concluded(String kind, String id, int line, int column) {
    }
}
