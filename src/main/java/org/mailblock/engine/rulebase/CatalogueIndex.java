package org.mailblock.engine.rulebase;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Where each entry of {@code catalogue.yaml} is written, so that findings about it can name its line. */
public final class CatalogueIndex {

    private static final Map<String, String> KINDS = Map.of("symptoms", "symptom", "causes", "cause",
            "actions", "action", "questions", "question");

    /**
     * One catalogue entry's place.
     *
     * @param kind   {@code symptom}, {@code cause}, {@code action} or {@code question}
     * @param id     its identifier
     * @param file   the catalogue as the user knows it
     * @param line   the line of its {@code id}
     * @param column the column of its {@code id}
     */
    public record Entry(String kind, String id, String file, int line, int column) {
    }

    private CatalogueIndex() {
    }

    /** The entries of a catalogue text in file order; an unreadable catalogue gives what was read before the problem. */
    public static List<Entry> read(String file, String yaml) {
        List<Entry> out = new ArrayList<>();
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            String section = null;
            int depth = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME && depth == 1) {
                    section = KINDS.get(p.currentName());
                } else if (t == JsonToken.FIELD_NAME && depth == 3 && section != null && "id".equals(p.currentName())) {
                    p.nextToken();
                    out.add(new Entry(section, p.getValueAsString(), file, p.currentTokenLocation().getLineNr(),
                            p.currentTokenLocation().getColumnNr()));
                }
            }
        } catch (IOException e) {
            // the catalogue reader reports the syntax problem with its line; the index keeps what it found
        }
        return out;
    }
}
