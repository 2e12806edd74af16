package org.mailblock.engine.kb;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Evidence as a rule states it: the fact object it matched, which of its fields matters, and what
 * that means as a message key with named arguments. The engine turns the fact into a path and
 * value of the fact file, and the message into words, when it assembles the diagnosis.
 *
 * @param fact  the matched fact (an input record, a {@link Symptom}, or an {@code NdrTally})
 * @param field the record component the evidence is about, or {@code null} for the whole entry
 * @param key   the message under {@code evidence.} in the message bundles
 * @param args  the message's arguments by name, in the order the rule gives them
 */
public record EvidenceRef(Object fact, String field, String key, Map<String, Object> args) {

    /** Keeps the arguments in the order given, unmodifiable. */
    public EvidenceRef {
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /**
     * The arguments of a rule's call, given as pairs of name and value: {@code "user", $u.upn()}.
     * Numbers and spans of time stay what they are, for the renderer to write per language; any
     * other value becomes its text.
     */
    static Map<String, Object> arguments(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("evidence '" + key + "': arguments come in pairs of name and value");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new IllegalArgumentException("evidence '" + key + "': argument " + (i / 2 + 1) + " has no name");
            }
            Object value = namesAndValues[i + 1];
            // null stays null: the code of NDRs whose bounce carries none, worded by the message bundle
            out.put(name, value == null || value instanceof Number || value instanceof Duration ? value : String.valueOf(value));
        }
        return out;
    }
}
