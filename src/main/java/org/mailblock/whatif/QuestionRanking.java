package org.mailblock.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mailblock.diagnosis.AnswerEffect;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.DiagnosisComparison;
import org.mailblock.diagnosis.Impact;
import org.mailblock.diagnosis.Question;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.KnowledgeException;
import org.mailblock.engine.rulebase.Catalogue;
import org.mailblock.facts.TenantFacts;
import org.mailblock.load.AssumableFacts;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactPatch;

/**
 * Ranks the open questions of a diagnosis by what their answers would change. For each declared
 * answer of each open question the engine diagnoses the facts with the answer assumed (a warm
 * session each, in parallel); the questions are then ordered by the strongest change among their
 * answers: leading cause or readiness, then a step's status, then a confidence. A question without
 * declared answers follows those that change something; one whose answers change nothing comes last.
 */
public final class QuestionRanking {

    private final DiagnosisEngine engine;

    public QuestionRanking(DiagnosisEngine engine) {
        this.engine = engine;
    }

    /** A diagnosis's answer to be tried: which question, which answer, the facts it stands for. */
    private record Trial(int question, Catalogue.AnswerEntry answer, FactPatch patch) {
    }

    /**
     * The diagnosis with its questions ranked and each carrying its answers' effects.
     *
     * @param diagnosis the diagnosis of the file with the given assumptions (none for the file as it is)
     * @param file      the fact file the diagnosis came from
     * @param assumed   the assumptions the diagnosis was made with; each answer is assumed on top of them
     * @throws KnowledgeException when a declared answer does not fit the fact format (the rule base is at fault; {@code check} says where)
     */
    public Diagnosis rank(Diagnosis diagnosis, AssumableFacts file, FactPatch assumed) {
        Map<String, Catalogue.QuestionEntry> entries = new LinkedHashMap<>();
        engine.catalogue().questions().forEach(q -> entries.put(q.id(), q));
        TenantFacts facts = file.original().facts();
        List<Question> questions = diagnosis.questions();
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            Catalogue.QuestionEntry entry = entries.get(q.id());
            for (Catalogue.AnswerEntry a : entry == null ? List.<Catalogue.AnswerEntry>of() : entry.answers()) {
                String source = "answer " + q.id() + "/" + a.id();
                try {
                    trials.add(new Trial(i, a, AnswerFacts.patch(q.id(), a, q.about(), facts.tenant().name(), facts.collectedAt())));
                } catch (FactFileException e) {
                    throw broken(source, e);
                }
            }
        }
        List<AnswerEffect> effects = trials.parallelStream().map(t -> effect(diagnosis, file, assumed, t)).toList();
        List<Question> ranked = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            List<AnswerEffect> mine = new ArrayList<>();
            for (int k = 0; k < trials.size(); k++) {
                if (trials.get(k).question() == i) {
                    mine.add(effects.get(k));
                }
            }
            Question q = questions.get(i);
            ranked.add(mine.isEmpty() ? q : q.ranked(mine, mine.stream().map(e -> e.effect().impact())
                    .reduce(Impact.NONE, Impact::strongest)));
        }
        List<Question> ordered = ranked.stream().sorted(Comparator.comparingInt(QuestionRanking::weight)).toList();
        return diagnosis.withQuestions(ordered);
    }

    /** Lower first: the strongest impact; a question without declared answers just before those that change nothing. */
    static int weight(Question q) {
        if (q.impact() == null) {
            return Impact.NONE.ordinal() * 2 - 1;
        }
        return q.impact().ordinal() * 2;
    }

    private AnswerEffect effect(Diagnosis diagnosis, AssumableFacts file, FactPatch assumed, Trial t) {
        String source = "answer " + diagnosis.questions().get(t.question()).id() + "/" + t.answer().id();
        Diagnosis answered;
        try {
            answered = engine.diagnose(file.assuming(assumed.plus(t.patch())).facts());
        } catch (FactFileException e) {
            throw broken(source, e);
        }
        return new AnswerEffect(t.answer().id(), t.answer().label(), t.patch().assumptions(),
                DiagnosisComparison.compare(diagnosis, answered));
    }

    private static KnowledgeException broken(String source, FactFileException e) {
        String problems = e.problems().stream().map(p -> p.format()).reduce((a, b) -> a + "; " + b).orElse("");
        return new KnowledgeException("the " + source + " in the catalogue does not fit this fact file: " + problems
                + " (mailblock check names the answer)", List.of());
    }
}
