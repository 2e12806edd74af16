package org.mailblock.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

import java.util.ArrayDeque;
import java.util.Deque;

/** The fact file path of the value a parser stands on, for example {@code connectors[1].createdAt}. */
final class ParserPaths {

    private ParserPaths() {
    }

    /** The path of the current token; for the start of a list or mapping, the path of that list or mapping. */
    static String of(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        JsonToken token = parser.currentToken();
        if (context != null && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
            context = context.getParent();
        }
        return of(context);
    }

    /** The path of the mapping the parser is reading: empty at the top of the file. */
    static String ofMapping(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        return of(context != null && context.inObject() ? context.getParent() : context);
    }

    /** The path of the named field in the mapping the parser is reading. */
    static String ofField(JsonParser parser, String name) {
        String mapping = ofMapping(parser);
        return mapping.isEmpty() ? name : mapping + "." + name;
    }

    private static String of(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path.append('[').append(c.getCurrentIndex()).append(']');
            } else if (c.getCurrentName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(c.getCurrentName());
            }
        }
        return path.toString();
    }
}
