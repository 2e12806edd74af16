package org.mailblock.authoring;

import org.mailblock.engine.inspect.Workbench;
import org.mailblock.engine.rulebase.CatalogueIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mailblock.diagnosis.PluralText;
import org.mailblock.engine.RuleProblem;
import org.mailblock.i18n.MessageBundles;

/**
 * Lints the message bundles of a rule base ({@code messages/LANG.yaml}): every catalogue entry has
 * its texts in every language, every language has the keys English has and no others, and a
 * translation names the same {@code {placeholders}} as the English text it translates.
 */
final class BundleCheck {

    /** The texts each kind of catalogue entry needs in a language other than English, whose texts are the catalogue's. */
    private static final Map<String, List<String>> TEXTS = Map.of("symptom", List.of("title"), "cause", List.of("title", "summary"),
            "action", List.of("title", "summary"), "question", List.of("ask", "how"));
    private static final Map<String, String> SECTIONS = Map.of("symptoms", "symptom", "causes", "cause", "actions", "action",
            "questions", "question");

    private BundleCheck() {
    }

    static List<RuleProblem> run(Workbench workbench) {
        List<RuleProblem> out = new ArrayList<>();
        Map<String, String> sources;
        try {
            sources = MessageBundles.sources(workbench.folder().orElse(null));
        } catch (IOException | UncheckedIOException e) {
            out.add(new RuleProblem(workbench.display("messages"), 0, 0, "error", "cannot read the message bundles: " + e.getMessage()));
            return out;
        }
        if (sources.isEmpty()) {
            return out; // a rule folder without messages/ uses the packaged report labels, in English
        }
        String englishFile = file(workbench, MessageBundles.ENGLISH);
        if (!sources.containsKey(MessageBundles.ENGLISH)) {
            out.add(new RuleProblem(englishFile, 0, 0, "error", "missing; English is the language every report falls back to"));
            return out;
        }
        Map<String, Map<String, BundleKeys.Key>> bundles = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            try {
                bundles.put(e.getKey(), BundleKeys.read(e.getValue()));
            } catch (BundleKeys.Unreadable u) {
                out.add(new RuleProblem(file(workbench, e.getKey()), u.line, u.column, "error", u.getMessage()));
            }
        }
        Map<String, BundleKeys.Key> english = bundles.get(MessageBundles.ENGLISH);
        if (english == null) {
            return out;
        }
        for (Map.Entry<String, Map<String, BundleKeys.Key>> language : bundles.entrySet()) {
            if (!language.getKey().equals(MessageBundles.ENGLISH)) {
                labels(workbench, englishFile, english, file(workbench, language.getKey()), language.getValue(), out);
                if (workbench.catalogue().isPresent()) {
                    catalogue(workbench, file(workbench, language.getKey()), language.getValue(), out);
                }
            }
        }
        return out;
    }

    /** The report labels and evidence patterns: the same keys as English, with the same placeholders. */
    private static void labels(Workbench workbench, String englishFile, Map<String, BundleKeys.Key> english, String file,
            Map<String, BundleKeys.Key> other, List<RuleProblem> out) {
        for (BundleKeys.Key key : english.values()) {
            if (catalogueKind(key.key()) != null) {
                continue;
            }
            BundleKeys.Key translated = other.get(key.key());
            if (translated == null) {
                out.add(at(englishFile, key, "'" + key.key() + "' has no text in " + file + "; every language has the keys of English"));
            } else if (translated.text() == null || translated.text().isBlank()) {
                out.add(at(file, translated, "'" + key.key() + "' is empty; give it the text of " + englishFile + " in this language"));
            } else if (PluralText.malformed(translated.text())) {
                out.add(at(file, translated, "'" + key.key() + "' has a plural block without an other form or a closing brace; "
                        + "write {count, plural, one {# file} other {# files}}"));
            } else {
                Set<String> expected = placeholders(key.text());
                Set<String> found = placeholders(translated.text());
                if (!expected.equals(found)) {
                    out.add(at(file, translated, "'" + key.key() + "' uses " + list(found) + " where " + englishFile + " uses "
                            + list(expected) + "; a translation puts in the same values, by the same names"));
                }
            }
        }
        for (BundleKeys.Key key : other.values()) {
            if (catalogueKind(key.key()) == null && !english.containsKey(key.key())) {
                out.add(at(file, key, "'" + key.key() + "' is not in " + englishFile + "; every language has exactly the keys of English,"
                        + " so add it there or remove it here"));
            }
        }
    }

    /** The catalogue's texts: every entry has them in this language, and no text names an entry the catalogue lacks. */
    private static void catalogue(Workbench workbench, String file, Map<String, BundleKeys.Key> texts, List<RuleProblem> out) {
        Set<String> expected = new LinkedHashSet<>();
        for (CatalogueIndex.Entry e : workbench.catalogueEntries()) {
            List<String> missing = new ArrayList<>();
            for (String text : TEXTS.get(e.kind())) {
                String key = e.kind() + "s." + e.id() + "." + text;
                expected.add(key);
                BundleKeys.Key k = texts.get(key);
                if (k == null || k.text() == null || k.text().isBlank()) {
                    missing.add(key);
                } else if (e.kind().equals("question")) {
                    questionPlaceholders(workbench, e.id(), text, file, k, out);
                }
            }
            if (e.kind().equals("question")) {
                // each declared answer's label is a text of its question, translated like the others
                workbench.catalogue().flatMap(c -> c.questions().stream().filter(q -> q.id().equals(e.id())).findFirst())
                        .ifPresent(q -> q.answers().forEach(a -> {
                            String key = "questions." + q.id() + ".answers." + a.id();
                            expected.add(key);
                            BundleKeys.Key k = texts.get(key);
                            if (k == null || k.text() == null || k.text().isBlank()) {
                                missing.add(key);
                            }
                        }));
            }
            if (!missing.isEmpty()) {
                out.add(new RuleProblem(e.file(), e.line(), e.column(), "error", e.kind() + " '" + e.id() + "' has no text in " + file
                        + ": add " + String.join(" and ", missing)));
            }
        }
        for (BundleKeys.Key key : texts.values()) {
            String kind = catalogueKind(key.key());
            if (kind != null && !expected.contains(key.key())) {
                String id = key.key().split("\\.").length > 1 ? key.key().split("\\.")[1] : "";
                boolean known = expected.stream().anyMatch(k -> k.startsWith(kind + "s." + id + "."));
                out.add(at(file, key, "'" + key.key() + "': " + (known ? "a " + kind + " has only the texts " + String.join(", ", TEXTS.get(kind))
                        + ("question".equals(kind) ? " and the labels of its answers" : "")
                        : workbench.display("catalogue.yaml") + " defines no " + kind + " '" + id + "'")
                        + "; the catalogue's texts are translated under its ids"));
            }
        }
    }

    /** A translated question text puts in the same values as the catalogue's English text, by the same names. */
    private static void questionPlaceholders(Workbench workbench, String id, String text, String file, BundleKeys.Key k,
            List<RuleProblem> out) {
        workbench.catalogue().flatMap(c -> c.questions().stream().filter(q -> q.id().equals(id)).findFirst()).ifPresent(q -> {
            Set<String> expected = placeholders(text.equals("ask") ? q.ask() : q.how());
            Set<String> found = placeholders(k.text());
            if (!expected.equals(found)) {
                out.add(at(file, k, "'" + k.key() + "' uses " + list(found) + " where " + workbench.display("catalogue.yaml")
                        + " uses " + list(expected) + "; a translation puts in the same values, by the same names"));
            }
        });
    }

    private static String catalogueKind(String key) {
        int dot = key.indexOf('.');
        return SECTIONS.get(dot < 0 ? key : key.substring(0, dot));
    }

    private static Set<String> placeholders(String text) {
        return PluralText.names(text);
    }

    private static String list(Set<String> names) {
        return names.isEmpty() ? "no placeholders" : names.stream().map(n -> "{" + n + "}").reduce((a, b) -> a + ", " + b).orElseThrow();
    }

    private static String file(Workbench workbench, String language) {
        return workbench.display("messages/" + language + ".yaml");
    }

    private static RuleProblem at(String file, BundleKeys.Key key, String message) {
        return new RuleProblem(file, key.line(), key.column(), "error", message);
    }
}
