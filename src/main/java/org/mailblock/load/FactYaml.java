package org.mailblock.load;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.mailblock.facts.TenantFacts;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.io.Reader;

/**
 * The strictly configured YAML reading of fact files: what counts as a boolean, a number or text,
 * and the limits that keep hostile files from exhausting memory or the stack. Built once per
 * limit and shared; Jackson's factory and readers are thread-safe.
 */
final class FactYaml {

    /** Fact files nest four levels at most; anything near this is an attack or an accident. */
    static final int MAX_DEPTH = FactMapping.MAX_DEPTH;

    private final YAMLFactory factory;
    private final ObjectReader factsReader;
    private final YAMLMapper mapper;
    private final YAMLMapper writer = YAMLMapper.builder().build();

    FactYaml(long maxBytes) {
        LoaderOptions loaderOptions = new LoaderOptions();
        // the default of 3 MB would refuse the fact files of large tenants
        loaderOptions.setCodePointLimit((int) Math.min(maxBytes, Integer.MAX_VALUE));
        // SnakeYAML applies this only when it composes a node tree, which Jackson does not; the stream limit below is the one that holds
        loaderOptions.setNestingDepthLimit(MAX_DEPTH);
        this.factory = YAMLFactory.builder()
                .loaderOptions(loaderOptions)
                // this is the nesting limit that applies while Jackson reads the events
                .streamReadConstraints(FactMapping.constraints())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                // YAML 1.1 reads yes, no, on and off as booleans; fact files follow YAML 1.2: only true and false
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                // "field:" with nothing after it means unknown, like leaving the field out
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .build();
        YAMLMapper mapper = FactMapping.strict(YAMLMapper.builder(factory)).build();
        this.factsReader = mapper.readerFor(TenantFacts.class);
        this.mapper = mapper;
    }

    /** A parser over the text that refuses aliases and second documents. */
    StrictYamlParser open(Reader text) throws IOException {
        return new StrictYamlParser(factory.createParser(new LineLengthLimit(text)));
    }

    /** A plain streaming parser, for a second reading that locates problems. */
    YAMLParser openPlain(Reader text) throws IOException {
        return factory.createParser(new LineLengthLimit(text));
    }

    /** The text as a tree of nodes, read as strictly as a fact file: for merging assumptions into it. */
    com.fasterxml.jackson.databind.JsonNode readTree(Reader text) throws IOException {
        try (StrictYamlParser parser = open(text)) {
            com.fasterxml.jackson.databind.JsonNode node = mapper.readTree(parser);
            return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
        }
    }

    /** The value at the parser's current token as a tree of nodes. */
    com.fasterxml.jackson.databind.JsonNode readTree(com.fasterxml.jackson.core.JsonParser parser) throws IOException {
        // the value is one of several in the stream: what follows it is read next, not an error
        return mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(parser);
    }

    /** A tree of nodes written back as YAML text, strings quoted so that none changes its type on reading. */
    String write(com.fasterxml.jackson.databind.JsonNode tree) throws IOException {
        return writer.writeValueAsString(tree);
    }

    /** Binds the facts, putting the {@code expect} section into the given side fields. */
    ObjectReader factsReader(SideFields sideFields, BindProblems problems) {
        return factsReader.withAttribute(SideFields.class, sideFields).withAttribute(BindProblems.class, problems);
    }

}
