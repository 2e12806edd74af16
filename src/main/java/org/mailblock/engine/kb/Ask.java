package org.mailblock.engine.kb;

import java.util.ArrayList;
import java.util.List;

/**
 * One rule's finding that an unknown fact would change the conclusion.
 *
 * @param id    the question's identifier in the catalogue
 * @param rule  the rule that raised it
 * @param about the entries it concerns, for example a connector's name
 */
public record Ask(String id, String rule, List<String> about) {

    /** Copies the list, so that the question stays immutable. */
    public Ask {
        about = List.copyOf(about);
    }

    /** The same question, about one more entry of the fact file. */
    public Ask about(String name) {
        List<String> more = new ArrayList<>(about);
        more.add(name);
        return new Ask(id, rule, more);
    }

    @Override
    public String toString() {
        return "question " + id;
    }
}
