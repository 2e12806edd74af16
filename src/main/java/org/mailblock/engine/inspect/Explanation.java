package org.mailblock.engine.inspect;

import java.util.List;

/**
 * How a diagnosis came about: every rule firing, the facts it matched with their values, what it
 * concluded, and which earlier firings concluded the facts it built on.
 *
 * @param firings every firing, in the order rules fired
 */
public record Explanation(List<Firing> firings) {

    /** Copies the list. */
    public Explanation {
        firings = List.copyOf(firings);
    }

    /**
     * One rule firing.
     *
     * @param number    its place in the order of firings, from 1
     * @param rule      the rule's {@code @id}
     * @param name      the rule's name
     * @param location  where the rule is, {@code file:line}
     * @param matched   the facts it matched
     * @param bindings  the values of the rule's bound variables, {@code $name = value}
     * @param concluded what it concluded
     */
    public record Firing(int number, String rule, String name, String location, List<Matched> matched,
                         List<String> bindings, List<Conclusion> concluded) {

        /** Copies the lists. */
        public Firing {
            matched = List.copyOf(matched);
            bindings = List.copyOf(bindings);
            concluded = List.copyOf(concluded);
        }
    }

    /**
     * A fact a firing matched.
     *
     * @param fact        its path in the fact file ({@code connectors[0]}) or the conclusion it is
     * @param values      {@code field = value} for the fields the rule's conditions mention
     * @param concludedBy the number of the firing that concluded it, or 0 for a fact of the file
     */
    public record Matched(String fact, List<String> values, int concludedBy) {

        /** Copies the list. */
        public Matched {
            values = List.copyOf(values);
        }
    }

    /**
     * A conclusion a firing put in working memory.
     *
     * @param kind     {@code symptom}, {@code cause}, {@code action} or {@code question}
     * @param id       its catalogue identifier
     * @param value    the confidence of a cause, the status of an action, the code of a symptom; empty for a question
     * @param evidence for a cause, each piece of evidence as {@code path = value: what it means}
     */
    public record Conclusion(String kind, String id, String value, List<String> evidence) {

        /** Copies the list. */
        public Conclusion {
            evidence = List.copyOf(evidence);
        }
    }
}
