package org.mailblock.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes synthetic tenants of the given NDR counts, each as {@code tenant-N.yaml} and the same
 * facts as {@code tenant-N.json}: {@code DIR NDRS...}. Users, domains and connectors follow the
 * NDRs as in {@code scripts/benchmark} (a fifth, a fiftieth, a five-hundredth).
 */
public final class WriteSyntheticTenants {

    private WriteSyntheticTenants() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: WriteSyntheticTenants DIR NDRS...");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (int i = 1; i < args.length; i++) {
            int ndrs = Integer.parseInt(args[i]);
            Path yaml = dir.resolve("tenant-" + ndrs + ".yaml");
            Files.writeString(yaml, SyntheticTenant.toYaml(SyntheticTenant.generate(ndrs, ndrs / 5, ndrs / 50, ndrs / 500, 42)));
            toJson(yaml, dir.resolve("tenant-" + ndrs + ".json"));
        }
    }

    /** Copies the YAML file's events into JSON, one streaming pass, keeping numbers, texts and booleans as they are. */
    static void toJson(Path yaml, Path json) throws Exception {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        try (JsonParser in = YAMLFactory.builder().loaderOptions(options).build().createParser(yaml.toFile());
             Writer text = Files.newBufferedWriter(json, StandardCharsets.UTF_8);
             JsonGenerator out = new JsonFactory().createGenerator(text)) {
            out.useDefaultPrettyPrinter();
            for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
                out.copyCurrentEvent(in);
            }
        }
    }
}
