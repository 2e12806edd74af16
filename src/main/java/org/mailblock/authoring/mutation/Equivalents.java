package org.mailblock.authoring.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mutants an author has shown cannot change any outcome, each with the reason, as written in
 * {@code rules/mutation-equivalents.yaml}; mutation testing leaves them out of the score.
 *
 * @param entries  the declarations, in file order
 * @param problems what is wrong with the file, with the entry it concerns
 */
public record Equivalents(List<Entry> entries, List<String> problems) {

    /** The file's name in a rule folder. */
    public static final String FILE = "mutation-equivalents.yaml";

    /** No declaration. */
    public static final Equivalents NONE = new Equivalents(List.of(), List.of());

    /**
     * One declared equivalent mutant.
     *
     * @param rule   the rule's {@code @id}, or {@code catalogue}
     * @param change the change as {@code mailblock test --mutate} prints it
     * @param reason why no tenant could tell the changed rule base from the real one
     * @param index  the entry's position in the file, from 1
     */
    public record Entry(String rule, String change, String reason, int index) {
    }

    /** The declarations in the file's text; a malformed entry is named in {@link #problems()}. */
    public static Equivalents parse(String text) {
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (IOException e) {
            return new Equivalents(List.of(), List.of("not valid YAML: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage())));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return NONE;
        }
        JsonNode list = root.get("equivalents");
        if (!root.isObject() || list == null || !list.isArray()) {
            return new Equivalents(List.of(), List.of("expected a list under 'equivalents:'"));
        }
        int index = 0;
        for (JsonNode e : list) {
            index++;
            String rule = text(e, "rule");
            String change = text(e, "change");
            String reason = text(e, "reason");
            if (rule == null || change == null || reason == null || reason.isBlank()) {
                problems.add("equivalents[" + (index - 1) + "]: needs rule, change and a reason");
                continue;
            }
            entries.add(new Entry(rule, change, reason.strip(), index));
        }
        return new Equivalents(List.copyOf(entries), List.copyOf(problems));
    }

    /** The declaration for this mutant, if any. */
    public Optional<Entry> of(Mutant mutant) {
        return entries.stream().filter(e -> e.rule.equals(mutant.rule()) && e.change.equals(mutant.change())).findFirst();
    }

    /** The declarations that name no mutant of these: the rule changed since, or a typo. */
    public List<Entry> unmatched(List<Mutant> mutants) {
        return entries.stream().filter(e -> mutants.stream().noneMatch(m -> e.rule.equals(m.rule()) && e.change.equals(m.change())))
                .toList();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || !v.isValueNode() ? null : v.asText();
    }
}
