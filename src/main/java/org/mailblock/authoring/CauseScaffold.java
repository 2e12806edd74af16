package org.mailblock.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.inspect.Workbench;

/**
 * {@code new cause}: the skeleton of a new root cause in a rule folder: its catalogue entry, its texts in every other
 * language of {@code messages/}, a rule that concludes it, and a pair of samples, one where the rule fires and one
 * where it must not. The whole change passes {@code check}, and the pair passes {@code test}; the author then writes
 * the real conditions, texts and evidence. Every file is written, or none: a failure puts back what was there.
 */
public final class CauseScaffold {

    /** A top-level YAML key, such as {@code actions:}. */
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("(?m)^[a-z][A-Za-z]*:\\s*$");

    private final Path rules;
    private final String id;
    private final String code;
    private final String drlFile;

    /**
     * A scaffold for one cause.
     *
     * @param rules   the rule folder
     * @param id      the cause id, kebab-case
     * @param code    the NDR code the rule starts from
     * @param drlFile the .drl file (in the rule folder) the rule goes into; created when it does not exist
     */
    public CauseScaffold(Path rules, String id, String code, String drlFile) {
        this.rules = rules;
        this.id = id;
        this.code = code;
        this.drlFile = drlFile;
    }

    /** The samples the scaffold writes, beside the rule folder: the one where the rule fires, then the one where it must not. */
    public List<Path> samples() {
        Path samples = rules.toAbsolutePath().normalize().resolveSibling("facts-samples");
        return List.of(samples.resolve(id + "-fires.yaml"), samples.resolve(id + "-does-not-fire.yaml"));
    }

    /** The id of the rule the scaffold writes. */
    public String ruleId() {
        return "cause-" + id;
    }

    /**
     * Writes every file; returns them, changed ones first.
     *
     * @throws IllegalArgumentException when the cause exists already, a file to create exists, or a file to change lacks
     *                                  the section the entry goes into; nothing is written
     * @throws RuleBaseException        when the rule folder with the skeleton does not compile; nothing is left written
     */
    public List<Path> write(Instant collectedAt) throws RuleBaseException {
        Map<Path, String> changes = plan();
        Map<Path, String> before = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, String> change : changes.entrySet()) {
                before.put(change.getKey(), Files.exists(change.getKey()) ? Files.readString(change.getKey(), StandardCharsets.UTF_8) : null);
                Files.createDirectories(change.getKey().getParent());
                Files.writeString(change.getKey(), change.getValue(), StandardCharsets.UTF_8);
            }
            Workbench workbench = Workbench.open(rules);
            if (!workbench.compiles()) {
                throw new RuleBaseException(workbench.problems().stream().filter(p -> p.level().equals("error")).toList());
            }
            DiagnosisEngine engine = workbench.engine();
            List<Path> samples = samples();
            Map<Path, String> sampleTexts = new LinkedHashMap<>();
            sampleTexts.put(samples.get(0), sample(engine, samples.get(0), true, collectedAt));
            sampleTexts.put(samples.get(1), sample(engine, samples.get(1), false, collectedAt));
            for (Map.Entry<Path, String> s : sampleTexts.entrySet()) {
                before.put(s.getKey(), null);
                Files.createDirectories(s.getKey().getParent());
                Files.writeString(s.getKey(), s.getValue(), StandardCharsets.UTF_8);
            }
            return List.copyOf(before.keySet());
        } catch (IOException e) {
            restore(before);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | RuleBaseException e) {
            restore(before);
            throw e;
        }
    }

    /** What each file becomes; refuses before anything is written. */
    private Map<Path, String> plan() {
        Map<Path, String> changes = new LinkedHashMap<>();
        Path catalogue = rules.resolve("catalogue.yaml");
        String catalogueText = read(catalogue);
        if (Pattern.compile("(?m)^\\s*- id: " + Pattern.quote(id) + "\\s*$").matcher(catalogueText).find()) {
            throw new IllegalArgumentException(catalogue + " already has an entry '" + id + "'");
        }
        changes.put(catalogue, insertAtEndOf(catalogue, catalogueText, "causes",
                "  - id: " + id + "\n"
                + "    title: " + title() + "\n"
                + "    summary: >-\n"
                + "      " + summary() + "\n"
                + "    ndr: [\"" + code + "\"]\n"));
        for (Path bundle : bundles()) {
            changes.put(bundle, insertAtEndOf(bundle, read(bundle), "causes",
                    "  " + id + ":\n"
                    + "    title: " + title() + "\n"
                    + "    summary: >-\n"
                    + "      " + summary() + " (" + bundle.getFileName() + ": translate this and the title.)\n"));
        }
        Path drl = rules.resolve(drlFile);
        String rule = rule();
        changes.put(drl, Files.exists(drl) ? read(drl) + "\n" + rule : header() + "\n" + rule);
        for (Path sample : samples()) {
            if (Files.exists(sample)) {
                throw new IllegalArgumentException(sample + " already exists");
            }
        }
        return changes;
    }

    /** The message bundles that hold cause texts: every language but English, whose texts are the catalogue's. */
    private List<Path> bundles() {
        Path messages = rules.resolve("messages");
        if (!Files.isDirectory(messages)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(messages)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .filter(f -> TOP_LEVEL_KEY.matcher(read(f)).results().anyMatch(m -> m.group().startsWith("causes:")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with {@code entry} added as the last entry of the top-level section {@code section}. */
    static String insertAtEndOf(Path file, String text, String section, String entry) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int start = lines.indexOf(section + ":");
        if (start < 0) {
            throw new IllegalArgumentException(file + " has no '" + section + ":' section to add the entry to");
        }
        int end = start + 1;
        while (end < lines.size() && !TOP_LEVEL_KEY.matcher(lines.get(end)).matches()) {
            end++;
        }
        // after the section's last entry, before the blank lines and comments that lead into the next section
        while (end - 1 > start && (lines.get(end - 1).isBlank() || lines.get(end - 1).stripLeading().startsWith("#"))) {
            end--;
        }
        lines.addAll(end, List.of(entry.split("\n")));
        return String.join("\n", lines);
    }

    private String header() {
        return "// Layer 2, causes: " + title().toLowerCase(Locale.ROOT) + ".\n"
                + "package mailblock;\n\n"
                + "import org.mailblock.facts.*;\n"
                + "import org.mailblock.engine.kb.*;\n"
                + "import org.mailblock.diagnosis.Confidence;\n"
                + "import function org.mailblock.engine.kb.Conclude.cause;\n";
    }

    private String rule() {
        return "// " + title() + ": a first guess for " + code + " on a trial tenant; write the conditions that show this cause.\n"
                + "rule \"" + title() + "\"\n"
                + "    @id(\"" + ruleId() + "\") @codes(\"" + code + "\")\n"
                + "    salience 30\n"
                + "when\n"
                + "    NdrTally( code == \"" + code + "\" )\n"
                + "    Tenant( trial == true )\n"
                + "then\n"
                + "    insertLogical( cause(kcontext, \"" + id + "\", Confidence.POSSIBLE) );\n"
                + "end\n";
    }

    private String sample(DiagnosisEngine engine, Path file, boolean fires, Instant collectedAt) {
        String name = file.getFileName().toString().replaceAll("\\.yaml$", "");
        String text = SampleScaffold.write(engine, name, code, collectedAt, "  trial: " + fires + "\n");
        return text + "  rules: {" + (fires ? "fired" : "notFired") + ": [" + ruleId() + "]}\n";
    }

    private String title() {
        String words = id.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private String summary() {
        return "Say here what this cause is, how it stops the tenant from sending, and how the facts tell it apart from the others.";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void restore(Map<Path, String> before) {
        for (Map.Entry<Path, String> file : before.entrySet()) {
            try {
                if (file.getValue() == null) {
                    Files.deleteIfExists(file.getKey());
                } else {
                    Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8);
                }
            } catch (IOException ignored) {
                // the other files are still put back
            }
        }
    }
}
