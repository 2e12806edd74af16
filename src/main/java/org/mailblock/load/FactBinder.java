package org.mailblock.load;

import org.mailblock.expect.Expectation;
import com.fasterxml.jackson.core.JsonToken;
import org.mailblock.facts.TenantFacts;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

/** Reads one fact file into records, or reports the first thing that stops it. */
final class FactBinder {

    private final FactYaml yaml;

    FactBinder(FactYaml yaml) {
        this.yaml = yaml;
    }

    /** The facts and expectation of the source, not yet validated. */
    FactFile bind(FactSource source) throws FactFileException {
        StrictYamlParser parser = null;
        try (Reader text = source.open()) {
            parser = yaml.open(text);
            JsonToken first = parser.nextToken();
            if (first == JsonToken.VALUE_NULL) {
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
            TenantFacts facts = yaml.factsReader(sideFields).readValue(parser);
            return new FactFile(source.name(), facts, (Expectation) sideFields.get(FactDeserializers.EXPECT));
        } catch (IOException e) {
            throw new FactFileException(List.of(ProblemTranslator.translate(source, parser, e)), e);
        } finally {
            closeQuietly(parser);
        }
    }

    private static FactFileException problem(FactSource source, int line, int column, String message) {
        return new FactFileException(List.of(new FactFileProblem(source.name(), line, column, "", message)));
    }

    private static void closeQuietly(StrictYamlParser parser) {
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
