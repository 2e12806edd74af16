package org.mailblock.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.time.Instant;

/** Binds the dates of fact files, as {@link FactDates} reads them. */
final class FactDateDeserializer extends StdScalarDeserializer<Instant> {

    FactDateDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw new FactValueException(parser, "expected " + FactDates.EXPECTED + "; found " + Wording.found(parser));
        }
        try {
            return FactDates.parse(parser.getText());
        } catch (IllegalArgumentException e) {
            throw new FactValueException(parser, e.getMessage());
        }
    }
}
