package org.mailblock.engine.rulebase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mailblock.diagnosis.Command;

/**
 * The texts, order and commands of the knowledge base's symptoms, causes, actions and questions,
 * read from {@code rules/catalogue.yaml}. Rules name entries by identifier; the catalogue says
 * what they mean to people.
 *
 * @param symptoms  classified NDR codes
 * @param causes    root causes, in catalogue order (the tie-break when ranking)
 * @param actions   remediation actions, sorted by their plan order
 * @param questions questions, in catalogue order
 */
public record Catalogue(List<SymptomEntry> symptoms, List<CauseEntry> causes, List<ActionEntry> actions,
                        List<QuestionEntry> questions) {

    /**
     * A symptom.
     *
     * @param id    its identifier
     * @param title a short description
     * @param codes the NDR codes classified as this symptom, for documentation
     * @param banUnknown whether the symptom cannot tell if the tenant or a sender is banned ({@code ban: unknown})
     */
    public record SymptomEntry(String id, String title, List<String> codes, boolean banUnknown) {
    }

    /**
     * A root cause.
     *
     * @param id      its identifier
     * @param title   a short description
     * @param summary what it means and why it blocks mail
     * @param ndr     the NDR codes it explains
     */
    public record CauseEntry(String id, String title, String summary, List<String> ndr) {
    }

    /**
     * A remediation action.
     *
     * @param id       its identifier
     * @param order    its place in every plan; lower comes first
     * @param title    a short description
     * @param summary  what to do
     * @param commands commands that check or carry it out
     * @param waitsForEarlierSteps whether it may be taken only once every earlier step is done ({@code waitsFor: earlier-steps})
     * @param containment whether it stops ongoing abuse, and so comes first when required ({@code containment: true})
     * @param target   the placeholder its targets fill in the commands, written {@code '<target>'}; {@code null} for none
     */
    public record ActionEntry(String id, int order, String title, String summary, List<Command> commands,
                              boolean waitsForEarlierSteps, boolean containment, String target) {
    }

    /**
     * A question.
     *
     * @param id      its identifier
     * @param ask     what to find out
     * @param how     how to collect it
     * @param matters the causes the answer would confirm or rule out
     * @param answers its typical answers, each as the facts it stands for; empty when none are declared
     */
    public record QuestionEntry(String id, String ask, String how, List<String> matters, List<AnswerEntry> answers) {

        public QuestionEntry {
            matters = List.copyOf(matters);
            answers = List.copyOf(answers);
        }

        /** A question without declared answers. */
        public QuestionEntry(String id, String ask, String how, List<String> matters) {
            this(id, ask, how, matters, List.of());
        }
    }

    /**
     * A typical answer to a question, as the facts it stands for.
     *
     * @param id     its identifier, unique within the question
     * @param label  the answer in words (English; other languages in the message bundles)
     * @param assume the facts to assume, by path, in order; values are plain YAML values and may hold
     *               {@code {about}}, {@code {tenant}}, {@code {collectedAt}} or {@code {collectedAt-3d}} (also {@code h})
     * @param line   the line of the answer in the catalogue, for the checks of authors
     * @param column its column
     */
    public record AnswerEntry(String id, String label, Map<String, Object> assume, int line, int column) {

        public AnswerEntry {
            assume = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(assume));
        }
    }

    /** Copies the entries and sorts the actions by their plan order. */
    public Catalogue {
        symptoms = List.copyOf(symptoms);
        causes = List.copyOf(causes);
        actions = actions.stream().sorted(java.util.Comparator.comparingInt(ActionEntry::order)).toList();
        questions = List.copyOf(questions);
    }

    /** Index of each entry's identifier, for ranking and look-up. */
    public static <T> Map<String, Integer> positions(List<T> entries, java.util.function.Function<T, String> id) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            out.put(id.apply(entries.get(i)), i);
        }
        return out;
    }
}
