package org.mailblock.authoring;

import org.mailblock.engine.inspect.Workbench;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mailblock.diagnosis.EvidenceText;
import org.mailblock.diagnosis.PluralText;
import org.mailblock.engine.RuleProblem;
import org.mailblock.i18n.MessageBundles;

/**
 * Lints the evidence rules state against the message bundles: every key a rule uses has a text in
 * every language, the English text names exactly the arguments the rule passes, and every
 * evidence text is used by some rule. Read from the DRL source, so it works on rules that do not
 * compile. A rule folder without {@code messages/} is checked against the packaged texts it is
 * rendered with.
 */
final class EvidenceCheck {

    private EvidenceCheck() {
    }

    static List<RuleProblem> run(Workbench workbench) {
        List<RuleProblem> out = new ArrayList<>();
        boolean packagedTexts = workbench.folder().isPresent() && !Files.isDirectory(workbench.folder().get().resolve("messages"));
        Map<String, Map<String, BundleKeys.Key>> bundles = bundles(workbench);
        if (bundles == null) {
            return out; // BundleCheck reports bundles that cannot be read
        }
        List<EvidenceCalls.Call> calls = new ArrayList<>();
        workbench.drlSources().forEach((file, drl) -> calls.addAll(EvidenceCalls.read(file, drl)));
        Set<String> used = new HashSet<>();
        for (EvidenceCalls.Call call : calls) {
            if (call.key() == null) {
                out.add(at(call, "warning", "the evidence key is computed, so no check can find its text; write it as a string"));
                continue;
            }
            used.add(call.key());
            String key = EvidenceText.PREFIX + call.key();
            for (Map.Entry<String, Map<String, BundleKeys.Key>> language : bundles.entrySet()) {
                BundleKeys.Key text = language.getValue().get(key);
                if (text == null || text.text() == null || text.text().isBlank()) {
                    out.add(at(call, "error", "evidence '" + call.key() + "' has no text in " + file(workbench, language.getKey(), packagedTexts)
                            + "; add " + key + " there"));
                } else if (language.getKey().equals(MessageBundles.ENGLISH) && call.names() != null) {
                    Set<String> expected = placeholders(text.text());
                    Set<String> passed = new TreeSet<>(call.names());
                    if (!expected.equals(passed)) {
                        out.add(at(call, "error", "evidence '" + call.key() + "' passes " + list(passed) + " but its text in "
                                + file(workbench, language.getKey(), packagedTexts) + ":" + text.line() + " uses " + list(expected)
                                + "; pass a value for each placeholder, by the same name"));
                    }
                }
            }
        }
        // the packaged texts serve every folder without its own, so what one folder leaves unused is no finding
        if (workbench.unreadFiles().isEmpty() && !packagedTexts) {
            for (BundleKeys.Key text : bundles.get(MessageBundles.ENGLISH).values()) {
                if (text.key().startsWith(EvidenceText.PREFIX) && !used.contains(text.key().substring(EvidenceText.PREFIX.length()))) {
                    out.add(new RuleProblem(file(workbench, MessageBundles.ENGLISH, packagedTexts), text.line(), text.column(), "warning",
                            "'" + text.key() + "' is used by no rule; remove it, or state the evidence in a rule"));
                }
            }
        }
        return out;
    }

    /** The keys of every bundle by language; {@code null} when they cannot be read or English is missing. */
    private static Map<String, Map<String, BundleKeys.Key>> bundles(Workbench workbench) {
        Map<String, String> sources;
        try {
            sources = MessageBundles.sources(workbench.folder().orElse(null));
            if (sources.isEmpty()) {
                sources = MessageBundles.sources(null); // a folder without messages/ is reported with the packaged texts
            }
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
        if (!sources.containsKey(MessageBundles.ENGLISH)) {
            return null;
        }
        Map<String, Map<String, BundleKeys.Key>> out = new LinkedHashMap<>();
        try {
            out.put(MessageBundles.ENGLISH, BundleKeys.read(sources.get(MessageBundles.ENGLISH)));
            for (Map.Entry<String, String> e : sources.entrySet()) {
                if (!e.getKey().equals(MessageBundles.ENGLISH)) {
                    out.put(e.getKey(), BundleKeys.read(e.getValue()));
                }
            }
        } catch (BundleKeys.Unreadable u) {
            return null;
        }
        return out;
    }

    private static Set<String> placeholders(String text) {
        return PluralText.names(text);
    }

    private static String list(Set<String> names) {
        return names.isEmpty() ? "no arguments" : String.join(", ", names.stream().map(n -> "{" + n + "}").toList());
    }

    private static String file(Workbench workbench, String language, boolean packaged) {
        return packaged ? "the packaged messages/" + language + ".yaml" : workbench.display("messages/" + language + ".yaml");
    }

    private static RuleProblem at(EvidenceCalls.Call call, String level, String message) {
        return new RuleProblem(call.file(), call.line(), call.column(), level, message);
    }
}
