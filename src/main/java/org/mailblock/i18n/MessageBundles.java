package org.mailblock.i18n;

import org.mailblock.engine.rulebase.Catalogue;
import org.mailblock.engine.rulebase.PackagedFiles;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The message bundles of a rule base: {@code messages/LANG.yaml} beside {@code catalogue.yaml}.
 * English is {@code en.yaml} (report labels) plus the catalogue's own texts; every other
 * language translates both, by the same keys.
 */
public final class MessageBundles {

    /** The language every report falls back to. */
    public static final String ENGLISH = "en";

    private static final String FOLDER = "messages";
    private static final ObjectMapper YAML;

    static {
        YAMLFactory factory = YAMLFactory.builder().build();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        YAML = new ObjectMapper(factory);
    }

    /** Each language's messages, English first; a packaged language other than English is read when first asked for. */
    private final Map<String, Supplier<Messages>> byLanguage;

    private MessageBundles(Map<String, Supplier<Messages>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** The bundles packaged with mailblock, completed with the texts of the given catalogue ({@code null}: labels only). */
    public static MessageBundles packaged(Catalogue catalogue) {
        // the build's tests read every packaged bundle; a report in one language need not parse the others first
        return of(readPackaged(), catalogue, "rules/" + FOLDER + "/", true);
    }

    /** Every {@code LANG.yaml} packaged beside the default rules, whether in the jar or in a class folder. */
    private static Map<String, String> readPackaged() {
        Map<String, String> sources = new TreeMap<>();
        PackagedFiles.all().forEach((relative, bytes) -> {
            String name = relative.startsWith(FOLDER + "/") ? relative.substring(FOLDER.length() + 1) : "";
            if (name.endsWith(".yaml") && name.indexOf('/') < 0) {
                sources.put(name.substring(0, name.length() - ".yaml".length()), new String(bytes, StandardCharsets.UTF_8));
            }
        });
        if (!sources.containsKey(ENGLISH)) {
            throw new IllegalStateException("the packaged message bundle en.yaml is missing from the mailblock jar");
        }
        return sources;
    }

    /**
     * The bundles of a rule folder ({@code DIR/messages/*.yaml}); a folder without them uses the
     * packaged report labels, with the catalogue's English texts.
     */
    public static MessageBundles directory(Path rulesFolder, Catalogue catalogue) throws MessageBundleException {
        Path folder = rulesFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return packaged(catalogue);
        }
        Map<String, String> sources;
        try {
            sources = readFolder(folder);
        } catch (IOException | UncheckedIOException e) {
            throw new MessageBundleException(folder + ": cannot read the message bundles: " + e.getMessage());
        }
        if (!sources.containsKey(ENGLISH)) {
            throw new MessageBundleException(folder.resolve(ENGLISH + ".yaml") + ": missing; English is the language every report falls back to");
        }
        return of(sources, catalogue, folder + "/", false);
    }

    /**
     * The text of every bundle by language, as written: those of {@code rulesFolder/messages/}, or the
     * packaged ones for {@code null}; empty when the folder has no {@code messages/}.
     *
     * @throws IOException when the bundles cannot be read
     */
    public static Map<String, String> sources(Path rulesFolder) throws IOException {
        if (rulesFolder == null) {
            return readPackaged();
        }
        Path folder = rulesFolder.resolve(FOLDER);
        return Files.isDirectory(folder) ? readFolder(folder) : Map.of();
    }

    private static Map<String, String> readFolder(Path folder) throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".yaml")) {
                    sources.put(name.substring(0, name.length() - ".yaml".length()), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return sources;
    }

    private static MessageBundles of(Map<String, String> sources, Catalogue catalogue, String display, boolean lazily) {
        Map<String, Object> english = flatten(display + ENGLISH + ".yaml", sources.get(ENGLISH));
        if (catalogue != null) {
            english.putAll(catalogueTexts(catalogue));
        }
        Messages fallback = new Messages(ENGLISH, english, null);
        Map<String, Supplier<Messages>> out = new LinkedHashMap<>();
        out.put(ENGLISH, () -> fallback);
        for (Map.Entry<String, String> e : sources.entrySet()) {
            if (!e.getKey().equals(ENGLISH)) {
                Supplier<Messages> read = () -> new Messages(e.getKey(), flatten(display + e.getKey() + ".yaml", e.getValue()), fallback);
                if (lazily) {
                    out.put(e.getKey(), once(read));
                } else {
                    Messages now = read.get();
                    out.put(e.getKey(), () -> now);
                }
            }
        }
        return new MessageBundles(out);
    }

    /** The supplier's value, made on the first call only. */
    private static Supplier<Messages> once(Supplier<Messages> make) {
        return new Supplier<>() {
            private Messages made;

            @Override
            public synchronized Messages get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }

    /** The packaged English report labels alone, for reports rendered without a chosen language. */
    public static Messages englishLabels() {
        return EnglishLabels.MESSAGES;
    }

    private static final class EnglishLabels {
        static final Messages MESSAGES = packaged(null).messages(ENGLISH);
    }

    /** The languages these bundles speak, English first. */
    public Set<String> languages() {
        return byLanguage.keySet();
    }

    /** The messages of a language. */
    public Messages messages(String language) {
        Supplier<Messages> m = byLanguage.get(language);
        if (m == null) {
            throw new IllegalArgumentException("no messages for language '" + language + "'; available: " + String.join(", ", languages()));
        }
        return m.get();
    }

    /** The language to use when none is asked for: the locale's, if there are messages for it, else English. */
    public String defaultLanguage(Locale locale) {
        String language = locale.getLanguage();
        return byLanguage.containsKey(language) ? language : ENGLISH;
    }

    /** The keys one language has and the other lacks, for both directions; empty when they match. */
    public Set<String> mismatchedKeys(String language) {
        Set<String> english = messages(ENGLISH).keys();
        Set<String> other = messages(language).keys();
        Set<String> out = new TreeSet<>();
        english.stream().filter(k -> !other.contains(k)).map(k -> "missing in " + language + ": " + k).forEach(out::add);
        other.stream().filter(k -> !english.contains(k)).map(k -> "only in " + language + ": " + k).forEach(out::add);
        return out;
    }

    private static Map<String, Object> catalogueTexts(Catalogue catalogue) {
        Map<String, Object> out = new LinkedHashMap<>();
        catalogue.symptoms().forEach(s -> out.put("symptoms." + s.id() + ".title", s.title()));
        catalogue.causes().forEach(c -> {
            out.put("causes." + c.id() + ".title", c.title());
            out.put("causes." + c.id() + ".summary", c.summary());
        });
        catalogue.actions().forEach(a -> {
            out.put("actions." + a.id() + ".title", a.title());
            out.put("actions." + a.id() + ".summary", a.summary());
        });
        catalogue.questions().forEach(q -> {
            out.put("questions." + q.id() + ".ask", q.ask());
            out.put("questions." + q.id() + ".how", q.how());
            q.answers().forEach(a -> out.put("questions." + q.id() + ".answers." + a.id(), a.label()));
        });
        return out;
    }

    private static Map<String, Object> flatten(String file, String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new MessageBundleException(file + ": " + e.getMessage().lines().findFirst().orElse("not valid YAML"));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (root != null && !root.isNull()) {
            if (!root.isObject()) {
                throw new MessageBundleException(file + ": a message bundle is a mapping of keys to texts");
            }
            flatten(file, "", root, out);
        }
        return out;
    }

    private static void flatten(String file, String prefix, JsonNode node, Map<String, Object> out) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = prefix + e.getKey();
            JsonNode value = e.getValue();
            if (value.isObject()) {
                flatten(file, key + ".", value, out);
            } else if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(v -> items.add(v.asText().strip()));
                out.put(key, List.copyOf(items));
            } else if (value.isTextual()) {
                out.put(key, value.asText().strip());
            } else {
                throw new MessageBundleException(file + ": " + key + ": expected a text, found " + value.getNodeType().name().toLowerCase(Locale.ROOT));
            }
        }
    }
}
