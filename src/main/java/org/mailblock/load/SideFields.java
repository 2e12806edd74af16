package org.mailblock.load;

import com.fasterxml.jackson.databind.DeserializationContext;

import java.util.HashMap;
import java.util.Map;

/**
 * Values of a mapping that belong beside its record rather than in it, such as the {@code expect}
 * section next to the facts. One instance serves one load, handed to Jackson as a per-call attribute.
 */
final class SideFields {

    private final Map<String, Object> values = new HashMap<>();

    /** The side fields of the load the context serves. */
    static SideFields of(DeserializationContext context) {
        Object attribute = context.getAttribute(SideFields.class);
        if (attribute instanceof SideFields sideFields) {
            return sideFields;
        }
        throw new IllegalStateException("side fields are read only through a reader that carries them");
    }

    void put(String name, Object value) {
        values.put(name, value);
    }

    Object get(String name) {
        return values.get(name);
    }
}
