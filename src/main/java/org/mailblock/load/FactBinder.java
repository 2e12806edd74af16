package org.mailblock.load;

import org.mailblock.expect.Expectation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import org.mailblock.facts.TenantFacts;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * Reads one fact file, YAML or JSON, into records, or reports every wrong value and unknown field
 * it holds (and the syntax error that stopped the reading, if one did).
 */
final class FactBinder {

    private final FactYaml yaml;
    private final FactJson json;

    FactBinder(FactYaml yaml, FactJson json) {
        this.yaml = yaml;
        this.json = json;
    }

    /** The facts and expectation of the source, not yet validated. */
    FactFile bind(FactSource source) throws FactFileException {
        JsonParser parser = null;
        BindProblems problems = new BindProblems(source);
        try {
            FactFormat format = FactFormat.of(source);
            try (Reader text = source.open()) {
                parser = format == FactFormat.JSON ? json.open(text) : yaml.open(text);
                FactFile file = bind(source, format, parser, problems);
                if (problems.isEmpty()) {
                    return file;
                }
            }
        } catch (IOException e) {
            problems.addFinal(parser, e);
        } finally {
            closeQuietly(parser);
        }
        throw new FactFileException(problems.inFileOrder());
    }

    private FactFile bind(FactSource source, FactFormat format, JsonParser parser, BindProblems problems)
            throws IOException, FactFileException {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.VALUE_NULL && format == FactFormat.YAML) {
            // an empty document, as a lone '---' gives; anything after it is a second document
            first = parser.nextToken();
        }
        if (first == null) {
            throw problem(source, 1, 1, "the file is empty; a fact file starts with 'mailblock: 1'");
        }
        if (first != JsonToken.START_OBJECT) {
            throw problem(source, parser.currentTokenLocation().getLineNr(), parser.currentTokenLocation().getColumnNr(),
                    "the top level of a fact file is a mapping of fields, starting with 'mailblock: 1'; found "
                            + Wording.found(parser));
        }
        SideFields sideFields = new SideFields();
        ObjectReader reader = format == FactFormat.JSON ? json.factsReader(sideFields, problems)
                : yaml.factsReader(sideFields, problems);
        TenantFacts facts = reader.readValue(parser);
        return new FactFile(source.name(), facts, (Expectation) sideFields.get(FactDeserializers.EXPECT));
    }

    private static FactFileException problem(FactSource source, int line, int column, String message) {
        return new FactFileException(List.of(new FactFileProblem(source.name(), line, column, "", message)));
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser == null) {
            return;
        }
        try {
            parser.close();
        } catch (IOException e) {
            // the text was read completely or the load already failed; nothing is lost by ignoring this
        }
    }
}
