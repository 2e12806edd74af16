package org.mailblock.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value in a fact file is wrong, with a message already worded for the user. Extending
 * Jackson's mapping exception keeps it intact as it passes through Jackson's own deserializers.
 */
final class FactValueException extends JsonMappingException {

    FactValueException(JsonParser parser, String message) {
        super(parser, message);
    }
}
