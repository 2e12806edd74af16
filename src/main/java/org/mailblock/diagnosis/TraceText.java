package org.mailblock.diagnosis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One item of a trace line, a fact matched or a conclusion, as a message key with named
 * arguments, so that each language renders it from its own text ({@code trace.*} in the message bundles).
 *
 * @param key  the message key, under {@code trace.}
 * @param args the values its text puts in, by placeholder name
 * @param text the item in the report's language; {@code null} until a report renders it
 */
public record TraceText(String key, Map<String, String> args, String text) {

    /** Copies the arguments, keeping their order. */
    public TraceText {
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /** An item not yet rendered, with its arguments as alternating names and values. */
    public static TraceText of(String key, String... namesAndValues) {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            args.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new TraceText(key, args, null);
    }

    /** The arguments as alternating names and values. */
    public Object[] namesAndValues() {
        Object[] out = new Object[args.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> a : args.entrySet()) {
            out[i++] = a.getKey();
            out[i++] = a.getValue();
        }
        return out;
    }
}
