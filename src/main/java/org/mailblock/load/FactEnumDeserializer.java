package org.mailblock.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import org.mailblock.facts.FactEnum;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a closed set of fact file values by their exact spelling ({@link FactEnum#wireName()}),
 * listing the allowed spellings when a file has another one.
 */
final class FactEnumDeserializer extends StdScalarDeserializer<Object> {

    private final Map<String, FactEnum> byWireName = new LinkedHashMap<>();
    private final List<String> wireNames;

    FactEnumDeserializer(Class<?> enumType) {
        super(enumType);
        for (Object constant : enumType.getEnumConstants()) {
            FactEnum value = (FactEnum) constant;
            byWireName.put(value.wireName(), value);
        }
        wireNames = List.copyOf(new ArrayList<>(byWireName.keySet()));
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw new FactValueException(parser, "expected one of " + Wording.names(wireNames)
                    + "; found " + Wording.found(parser));
        }
        String text = parser.getText();
        FactEnum value = byWireName.get(text);
        if (value == null) {
            throw new FactValueException(parser, Wording.unknownValue("value", text, wireNames));
        }
        return value;
    }
}
