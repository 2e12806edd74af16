package org.mailblock.engine.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One rule's finding that an unknown fact would change the conclusion.
 *
 * @param id    the question's identifier in the catalogue
 * @param rule  the rule that raised it
 * @param about  the entries it concerns, for example a connector's name
 * @param values the named values its texts put in for their {@code {placeholders}}, for example the dates to search
 */
public record Ask(String id, String rule, List<String> about, Map<String, String> values) {

    /** Copies the list and the values, so that the question stays immutable. */
    public Ask {
        about = List.copyOf(about);
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** A question without values. */
    public Ask(String id, String rule, List<String> about) {
        this(id, rule, about, Map.of());
    }

    /** The same question, about one more entry of the fact file. */
    public Ask about(String name) {
        List<String> more = new ArrayList<>(about);
        more.add(name);
        return new Ask(id, rule, more, values);
    }

    /** The same question with a value for the {@code {name}} placeholder of its texts. */
    public Ask with(String name, String value) {
        Map<String, String> more = new TreeMap<>(values);
        more.put(name, value);
        return new Ask(id, rule, about, more);
    }

    @Override
    public String toString() {
        return "question " + id;
    }
}
