package org.mailblock.authoring.mutation;

/** The kinds of small change the mutator makes, each an error an author could make. */
public enum MutationKind {
    /** A number in a comparison moved one past its boundary, to either side. */
    BOUNDARY("boundary"),
    /** A comparison loosened or tightened: {@code <} and {@code <=}, {@code >} and {@code >=}. */
    OPERATOR("operator"),
    /** One condition of a rule left out. */
    CONDITION("condition"),
    /** One constraint of a pattern left out. */
    CONSTRAINT("constraint"),
    /** A cause's confidence one step up or down. */
    CONFIDENCE("confidence"),
    /** A piece of evidence left out. */
    EVIDENCE("evidence"),
    /** A target of an action or a cause left out. */
    TARGET("target"),
    /** Two actions next to each other in the plan swapped. */
    ORDER("order");

    private final String id;

    MutationKind(String id) {
        this.id = id;
    }

    /** The name used in reports and JSON. */
    public String id() {
        return id;
    }
}
