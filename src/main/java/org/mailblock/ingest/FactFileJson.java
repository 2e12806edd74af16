package org.mailblock.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes an imported fact file as JSON: the same fields in the same order as the YAML that
 * {@link FactFileWriter} writes, without its comments (JSON has none). The YAML quotes every text,
 * so each value keeps its kind: texts stay strings, counts numbers, flags booleans.
 */
public final class FactFileJson {

    private FactFileJson() {
    }

    /** The fact file {@link FactFileWriter} wrote, as pretty-printed JSON ending with a line break. */
    public static String fromYaml(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        StringWriter json = new StringWriter(yaml.length());
        try (JsonParser in = YAMLFactory.builder().loaderOptions(options).build().createParser(yaml);
             JsonGenerator out = new JsonFactory().createGenerator(json)) {
            out.useDefaultPrettyPrinter();
            for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
                out.copyCurrentEvent(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the fact file just written cannot be read back", e);
        }
        return json.append('\n').toString();
    }
}
