package org.mailblock.load;

import org.mailblock.expect.Expectation;
import org.mailblock.expect.Expected;
import org.mailblock.expect.RuleExpectation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Binds the {@code expect} section. Its lists hold one-key mappings ({@code - compromised-accounts: confirmed}),
 * which no record can describe, so this reads them token by token and checks ids and values on the spot.
 */
final class ExpectationDeserializer extends StdDeserializer<Expectation> {

    private static final List<String> FIELDS = List.of("causes", "actions", "questions", "rules", "evidence", "targets", "commands");
    private static final List<String> RULE_FIELDS = List.of("fired", "notFired");
    private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private static final EntryKind CAUSE = new EntryKind("cause", "confidence", Expectation.CONFIDENCES,
            "- compromised-accounts: confirmed");
    private static final EntryKind ACTION = new EntryKind("action", "status", Expectation.STATUSES,
            "- enable-admin-mfa: required");

    ExpectationDeserializer() {
        super(Expectation.class);
    }

    @Override
    public Expectation deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.isExpectedStartObjectToken()) {
            throw new FactValueException(parser, "expected a mapping with " + Wording.names(FIELDS)
                    + "; found " + Wording.found(parser));
        }
        List<Expected> causes = null;
        List<Expected> actions = null;
        List<String> questions = null;
        RuleExpectation rules = null;
        Map<String, List<String>> evidence = null;
        Map<String, List<String>> targets = null;
        Map<String, List<String>> commands = null;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            if (!FIELDS.contains(name)) {
                throw new FactValueException(parser, Wording.unknownField(name, FIELDS));
            }
            parser.nextToken();
            switch (name) {
                case "causes" -> causes = readEntries(parser, CAUSE);
                case "actions" -> actions = readEntries(parser, ACTION);
                case "rules" -> rules = readRules(parser);
                case "evidence" -> evidence = readPins(parser, "cause", "fact paths", "{malicious-inbound-connector: [connectors[0].recognized]}");
                case "targets" -> targets = readPins(parser, "action or question", "targets",
                        "{review-inbound-connectors: [Contoso Relay]}");
                case "commands" -> commands = readPins(parser, "action", "command texts",
                        "{review-inbound-connectors: [\"Remove-InboundConnector -Identity 'Contoso Relay'\"]}");
                default -> questions = readQuestions(parser);
            }
        }
        return new Expectation(causes, actions, questions, rules, evidence, targets, commands);
    }

    private static List<Expected> readEntries(JsonParser parser, EntryKind kind) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!parser.isExpectedStartArrayToken()) {
            throw new FactValueException(parser, "expected a list of '" + kind.noun + "-id: " + kind.valueName
                    + "' entries, for example " + kind.example + "; found " + Wording.found(parser));
        }
        List<Expected> entries = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            entries.add(readEntry(parser, kind));
        }
        return entries;
    }

    private static Expected readEntry(JsonParser parser, EntryKind kind) throws IOException {
        String shape = "one '" + kind.noun + "-id: " + kind.valueName + "' pair, for example " + kind.example;
        if (!parser.isExpectedStartObjectToken()) {
            throw new FactValueException(parser, "expected " + shape + "; found " + Wording.found(parser));
        }
        String id = parser.nextFieldName();
        if (id == null) {
            throw new FactValueException(parser, "expected " + shape + "; found an empty mapping");
        }
        requireId(parser, id, kind.noun);
        parser.nextToken();
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw new FactValueException(parser, "expected the " + kind.valueName + " of " + Wording.quote(id)
                    + ", one of " + Wording.names(kind.allowed) + "; found " + Wording.found(parser));
        }
        String value = parser.getText();
        if (!kind.allowed.contains(value)) {
            throw new FactValueException(parser, Wording.unknownValue(kind.valueName, value, kind.allowed));
        }
        if (parser.nextToken() != JsonToken.END_OBJECT) {
            throw new FactValueException(parser, "each entry holds " + shape + "; start another entry with '- ' "
                    + "for " + Wording.quote(parser.currentName()));
        }
        return new Expected(id, value);
    }

    /** A mapping from a cause, action or question id to a list of strings. */
    private static Map<String, List<String>> readPins(JsonParser parser, String noun, String what, String example) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!parser.isExpectedStartObjectToken()) {
            throw new FactValueException(parser, "expected a mapping from each " + noun + " id to a list of its " + what
                    + ", for example " + example + "; found " + Wording.found(parser));
        }
        Map<String, List<String>> pins = new LinkedHashMap<>();
        for (String id = parser.nextFieldName(); id != null; id = parser.nextFieldName()) {
            requireId(parser, id, noun);
            parser.nextToken();
            if (!parser.isExpectedStartArrayToken()) {
                throw new FactValueException(parser, "expected the list of " + what + " of " + Wording.quote(id)
                        + ", for example " + example + "; found " + Wording.found(parser));
            }
            List<String> values = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (!parser.currentToken().isScalarValue() || parser.currentToken() == JsonToken.VALUE_NULL) {
                    throw new FactValueException(parser, "expected one of the " + what + " of " + Wording.quote(id)
                            + " as text; found " + Wording.found(parser));
                }
                values.add(parser.getText());
            }
            pins.put(id, values);
        }
        return pins;
    }

    private static List<String> readQuestions(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!parser.isExpectedStartArrayToken()) {
            throw new FactValueException(parser, "expected a list of question ids, for example [admin-mfa, connectors]; found "
                    + Wording.found(parser));
        }
        List<String> questions = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new FactValueException(parser, "expected a question id such as admin-mfa; found " + Wording.found(parser));
            }
            requireId(parser, parser.getText(), "question");
            questions.add(parser.getText());
        }
        return questions;
    }

    private static RuleExpectation readRules(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!parser.isExpectedStartObjectToken()) {
            throw new FactValueException(parser, "expected a mapping with " + Wording.names(RULE_FIELDS)
                    + ", for example {fired: [cause-admin-without-mfa], notFired: [cause-admin-mfa-unknown]}; found "
                    + Wording.found(parser));
        }
        List<String> fired = null;
        List<String> notFired = null;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            if (!RULE_FIELDS.contains(name)) {
                throw new FactValueException(parser, Wording.unknownField(name, RULE_FIELDS));
            }
            parser.nextToken();
            List<String> ids = readRuleIds(parser);
            if (name.equals("fired")) {
                fired = ids;
            } else {
                notFired = ids;
            }
        }
        return new RuleExpectation(fired, notFired);
    }

    private static List<String> readRuleIds(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (!parser.isExpectedStartArrayToken()) {
            throw new FactValueException(parser, "expected a list of rule ids (their @id), for example [cause-admin-without-mfa]; found "
                    + Wording.found(parser));
        }
        List<String> ids = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new FactValueException(parser, "expected a rule id such as cause-admin-without-mfa; found " + Wording.found(parser));
            }
            requireId(parser, parser.getText(), "rule");
            ids.add(parser.getText());
        }
        return ids;
    }

    private static void requireId(JsonParser parser, String id, String noun) throws IOException {
        if (!ID.matcher(id).matches()) {
            throw new FactValueException(parser, "invalid " + noun + " id " + Wording.quote(id)
                    + ": ids are lowercase letters and digits in words joined by '-', for example compromised-accounts");
        }
    }

    /** What one kind of expected entry is called and which values it takes. */
    private record EntryKind(String noun, String valueName, List<String> allowed, String example) {
    }
}
