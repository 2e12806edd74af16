package org.mailblock.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.List;

/** How the loader words what it found and what it expected, so every message reads alike. */
final class Wording {

    private static final int MAX_QUOTED = 60;

    private Wording() {
    }

    /** What the parser stands on, for example {@code text 'yes'}, {@code the number 14} or {@code a list}. */
    static String found(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case VALUE_STRING -> "text " + quote(parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + parser.getText();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "nothing";
            case START_OBJECT -> "a mapping";
            case START_ARRAY -> "a list";
            case FIELD_NAME -> "the key " + quote(parser.currentName());
            default -> "something else";
        };
    }

    /** The text in single quotes, shortened when long, with line breaks and tabs made visible. */
    static String quote(String text) {
        String shown = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text;
        return "'" + shown.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n") + "'";
    }

    /** A list of allowed names, for example {@code cloud, onPremises, forwarding, device}. */
    static String names(List<String> names) {
        return String.join(", ", names);
    }

    /** Says a field is not allowed where it stands, suggesting the allowed name it probably was meant to be. */
    static String unknownField(String name, List<String> allowed) {
        StringBuilder message = new StringBuilder("unknown field ").append(quote(name));
        ClosestName.among(name, allowed).ifPresent(closest -> message.append(" (did you mean '").append(closest).append("'?)"));
        return message.append("; allowed here: ").append(names(allowed)).toString();
    }

    /** Says a value is not one of a closed set, suggesting the allowed value it probably was meant to be. */
    static String unknownValue(String what, String value, List<String> allowed) {
        StringBuilder message = new StringBuilder("unknown ").append(what).append(' ').append(quote(value));
        ClosestName.among(value, allowed).ifPresent(closest -> message.append(" (did you mean '").append(closest).append("'?)"));
        return message.append("; allowed (exact spelling): ").append(names(allowed)).toString();
    }
}
