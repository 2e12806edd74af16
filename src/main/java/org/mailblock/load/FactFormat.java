package org.mailblock.load;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/** The two spellings of a fact file: YAML, and JSON for large files, where its parser is several times faster. */
enum FactFormat {
    YAML,
    JSON;

    /**
     * The format of a source: by its name's extension ({@code .json}, {@code .yaml}, {@code .yml}),
     * otherwise JSON when the text starts with '{' (after blanks), and YAML for everything else.
     */
    static FactFormat of(FactSource source) throws IOException {
        String name = source.name().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return JSON;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        try (Reader text = source.open()) {
            for (int c = text.read(); c >= 0; c = text.read()) {
                if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                    return c == '{' ? JSON : YAML;
                }
            }
        }
        return YAML;
    }
}
