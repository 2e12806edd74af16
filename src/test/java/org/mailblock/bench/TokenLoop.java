package org.mailblock.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.BufferedReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor of reading a fact file: a JVM that runs Jackson's token loop over it (JSON or YAML by
 * the extension) and does nothing else. {@code scripts/benchmark} times it beside mailblock.
 */
public final class TokenLoop {

    private TokenLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        JsonFactory factory = file.toString().endsWith(".json") ? new JsonFactory()
                : YAMLFactory.builder().loaderOptions(options).build();
        long tokens = 0;
        try (Reader text = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8));
             JsonParser parser = factory.createParser(text)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        System.out.println(tokens + " tokens");
    }
}
