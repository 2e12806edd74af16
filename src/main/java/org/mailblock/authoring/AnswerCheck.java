package org.mailblock.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Impact;
import org.mailblock.diagnosis.Question;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.KnowledgeException;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.RuleProblem;
import org.mailblock.engine.inspect.Workbench;
import org.mailblock.engine.rulebase.Catalogue;
import org.mailblock.load.AssumableFacts;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;
import org.mailblock.load.FactPatch;
import org.mailblock.whatif.AnswerFacts;
import org.mailblock.whatif.QuestionRanking;

/**
 * Lints the answers the catalogue declares for its questions: each answer's facts load as a fact
 * file's would (right paths, right types), and a question whose answers change nothing in any sample
 * that asks it is flagged, since ranking would always put it last: it never matters.
 */
final class AnswerCheck {

    /** The smallest valid fact file: each answer must fit it. */
    private static final String MINIMAL = "mailblock: 1\ncollectedAt: 2026-01-01T00:00:00Z\ntenant:\n  name: contoso.onmicrosoft.com\n"
            + "ndrs:\n  - code: 5.7.705\n";

    private AnswerCheck() {
    }

    /** Checks the answers; the samples are those beside the rule folder ({@code ../facts-samples}), when there are any. */
    static List<RuleProblem> run(Workbench workbench) {
        return run(workbench, workbench.folder().map(f -> f.toAbsolutePath().resolveSibling("facts-samples")).filter(Files::isDirectory));
    }

    static List<RuleProblem> run(Workbench workbench, Optional<Path> samples) {
        List<RuleProblem> out = new ArrayList<>();
        if (workbench.catalogue().isEmpty()) {
            return out;
        }
        String file = workbench.display("catalogue.yaml");
        List<Catalogue.QuestionEntry> questions = workbench.catalogue().get().questions();
        boolean fits = true;
        for (Catalogue.QuestionEntry q : questions) {
            for (Catalogue.AnswerEntry a : q.answers()) {
                String problem = misfit(q, a);
                if (problem != null) {
                    fits = false;
                    out.add(new RuleProblem(file, a.line(), a.column(), "error", "answer '" + a.id() + "' of question '" + q.id()
                            + "' does not fit the fact format: " + problem));
                }
            }
        }
        if (fits && samples.isPresent() && workbench.compiles() && questions.stream().anyMatch(q -> !q.answers().isEmpty())) {
            neverMatters(workbench, samples.get(), questions, file, out);
        }
        return out;
    }

    /** What is wrong with the answer's facts on the smallest fact file; {@code null} when they load. */
    private static String misfit(Catalogue.QuestionEntry q, Catalogue.AnswerEntry a) {
        try {
            FactPatch patch = AnswerFacts.patch(q.id(), a, List.of("example"), "contoso.onmicrosoft.com", Instant.parse("2026-01-01T00:00:00Z"));
            FactFileLoader.standard().assumable("minimal fact file", MINIMAL).assuming(patch);
            return null;
        } catch (FactFileException e) {
            return e.problems().stream().map(p -> p.format()).reduce((x, y) -> x + "; " + y).orElse("");
        }
    }

    /** Warns of each question with answers that some sample asks but whose answers change none of those samples. */
    private static void neverMatters(Workbench workbench, Path samples, List<Catalogue.QuestionEntry> questions, String file,
            List<RuleProblem> out) {
        DiagnosisEngine engine;
        try {
            engine = workbench.engine();
        } catch (RuleBaseException e) {
            return; // the compiler's errors are reported already
        }
        QuestionRanking ranking = new QuestionRanking(engine);
        Map<String, TreeSet<String>> askedBy = new TreeMap<>();
        Map<String, Boolean> matters = new LinkedHashMap<>();
        // the samples are diagnosed in parallel; their findings are merged in path order, so the warnings stay the same
        List<List<Question>> ranked = samples(samples).parallelStream().map(sample -> ranked(engine, ranking, sample)).toList();
        List<Path> paths = samples(samples);
        for (int i = 0; i < paths.size(); i++) {
            for (Question q : ranked.get(i)) {
                if (q.impact() != null) {
                    askedBy.computeIfAbsent(q.id(), k -> new TreeSet<>()).add(samples.relativize(paths.get(i)).toString());
                    matters.merge(q.id(), q.impact() != Impact.NONE, Boolean::logicalOr);
                }
            }
        }
        for (Catalogue.QuestionEntry q : questions) {
            if (Boolean.FALSE.equals(matters.get(q.id())) && !q.answers().isEmpty()) {
                Catalogue.AnswerEntry first = q.answers().get(0);
                TreeSet<String> where = askedBy.get(q.id());
                out.add(new RuleProblem(file, first.line(), first.column(), "warning", "question '" + q.id() + "' never matters: none of its"
                        + " answers changes the diagnosis of any sample that asks it (" + String.join(", ", where.stream().limit(5).toList())
                        + (where.size() > 5 ? ", ..." : "") + "); declare answers that would change a cause or a step, or drop the question"));
            }
        }
    }

    /** The sample's questions, ranked; none when the sample does not load or diagnose, which the test command reports. */
    private static List<Question> ranked(DiagnosisEngine engine, QuestionRanking ranking, Path sample) {
        try {
            AssumableFacts facts = FactFileLoader.standard().assumable(sample);
            return ranking.rank(engine.diagnose(facts.original().facts()), facts, FactPatch.NONE).questions();
        } catch (FactFileException | KnowledgeException | org.mailblock.engine.InvalidFactsException e) {
            return List.of();
        }
    }

    private static List<Path> samples(Path folder) {
        // the tenants of the folder itself, not the focused samples of single rules below it: those ask little, and cost check seconds
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }
}
