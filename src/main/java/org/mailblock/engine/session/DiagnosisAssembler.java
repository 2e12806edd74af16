package org.mailblock.engine.session;

import org.mailblock.engine.KnowledgeException;
import org.mailblock.engine.rulebase.Catalogue;
import org.mailblock.engine.rulebase.RuleSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mailblock.diagnosis.Action;
import org.mailblock.diagnosis.Confidence;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.EngineInfo;
import org.mailblock.diagnosis.Evidence;
import org.mailblock.diagnosis.Question;
import org.mailblock.diagnosis.RootCause;
import org.mailblock.diagnosis.Status;
import org.mailblock.engine.kb.Ask;
import org.mailblock.engine.kb.Cause;
import org.mailblock.engine.kb.EvidenceRef;
import org.mailblock.engine.kb.Proposal;
import org.mailblock.engine.kb.NdrTally;
import org.mailblock.engine.kb.Symptom;
import org.mailblock.facts.TenantFacts;

/**
 * Merges what the rules concluded into one {@link Diagnosis}: one entry per cause, action and
 * question, texts from the catalogue, and an order that depends only on the findings, never on
 * the order in which rules happened to fire.
 */
public final class DiagnosisAssembler {

    private static final Comparator<Evidence> EVIDENCE_ORDER = Comparator
            .comparing(Evidence::fact, PathOrder.INSTANCE)
            .thenComparing(Evidence::detail, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Catalogue catalogue;
    private final Map<String, Integer> symptomOrder;
    private final Map<String, Integer> causeOrder;
    private final Map<String, Catalogue.ActionEntry> actions = new LinkedHashMap<>();
    private final Map<String, Integer> actionOrder;
    private final Map<String, Integer> questionOrder;
    private final EngineInfo engineInfo;

    public DiagnosisAssembler(Catalogue catalogue, EngineInfo engineInfo) {
        this.catalogue = catalogue;
        this.engineInfo = engineInfo;
        this.symptomOrder = Catalogue.positions(catalogue.symptoms(), Catalogue.SymptomEntry::id);
        this.causeOrder = Catalogue.positions(catalogue.causes(), Catalogue.CauseEntry::id);
        catalogue.actions().forEach(a -> actions.put(a.id(), a));
        this.actionOrder = Catalogue.positions(catalogue.actions(), Catalogue.ActionEntry::id);
        this.questionOrder = Catalogue.positions(catalogue.questions(), Catalogue.QuestionEntry::id);
    }

    public Diagnosis assemble(TenantFacts facts, Findings findings, FactPaths paths) {
        List<org.mailblock.diagnosis.Symptom> symptoms = symptoms(findings.symptoms());
        List<RootCause> causes = causes(findings.causes(), paths);
        List<Action> plan = plan(findings.proposals(), causes);
        List<Question> questions = questions(findings.asks());
        return new Diagnosis(facts.tenant().name(), facts.collectedAt(), engineInfo, symptoms, causes, plan, questions,
                findings.firings() == null ? null : TraceEntries.of(findings.firings(), paths));
    }

    private List<org.mailblock.diagnosis.Symptom> symptoms(List<Symptom> found) {
        Map<SymptomKey, org.mailblock.diagnosis.Symptom> byKey = new TreeMap<>();
        // NDRs without a code are tallied by text: one symptom adds up the tallies it classified
        Map<SymptomKey, Set<NdrTally>> counted = new java.util.HashMap<>();
        for (Symptom s : found) {
            Integer position = known(symptomOrder, s.id(), "symptom", s.rule());
            SymptomKey key = new SymptomKey(position, s.code());
            org.mailblock.diagnosis.Symptom merged = byKey.get(key);
            boolean ban = s.tenantBan() || (merged != null && merged.tenantBan());
            boolean newTally = counted.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(s.tally());
            long count = merged != null && newTally ? merged.count() + s.count() : s.count();
            Catalogue.SymptomEntry entry = catalogue.symptoms().get(position);
            byKey.put(key, new org.mailblock.diagnosis.Symptom(s.id(), entry.title(), s.code(), count, ban, entry.banUnknown()));
        }
        return List.copyOf(byKey.values());
    }

    private List<RootCause> causes(List<Cause> found, FactPaths paths) {
        Map<String, Confidence> confidence = new LinkedHashMap<>();
        Map<String, Set<String>> rules = new LinkedHashMap<>();
        for (Cause c : found) {
            known(causeOrder, c.id(), "cause", c.rule());
            confidence.merge(c.id(), c.confidence(), Confidence::strongest);
            rules.computeIfAbsent(c.id(), k -> new TreeSet<>()).add(c.rule());
        }
        Map<String, Set<Evidence>> evidence = new LinkedHashMap<>();
        for (Cause c : found) {
            Set<Evidence> facts = evidence.computeIfAbsent(c.id(), k -> new TreeSet<>(EVIDENCE_ORDER));
            // once facts make a cause likely or confirmed, the generic reasons for "possible" add nothing
            if (c.confidence() == Confidence.POSSIBLE && confidence.get(c.id()) != Confidence.POSSIBLE) {
                continue;
            }
            for (EvidenceRef ref : c.evidence()) {
                facts.add(paths.resolve(ref, c.rule()));
            }
        }
        List<RootCause> out = new ArrayList<>();
        for (String id : confidence.keySet()) {
            Catalogue.CauseEntry entry = catalogue.causes().get(causeOrder.get(id));
            out.add(new RootCause(id, entry.title(), confidence.get(id), entry.summary(),
                    List.copyOf(evidence.get(id)), List.copyOf(rules.get(id))));
        }
        out.sort(Comparator.comparing(RootCause::confidence).thenComparing(c -> causeOrder.get(c.id())));
        return out;
    }

    private List<Action> plan(List<Proposal> proposals, List<RootCause> causes) {
        Map<String, Integer> causeRank = new LinkedHashMap<>();
        for (int i = 0; i < causes.size(); i++) {
            causeRank.put(causes.get(i).id(), i);
        }
        Map<String, Status> status = new LinkedHashMap<>();
        Map<String, Set<String>> answers = new LinkedHashMap<>();
        Map<String, Set<String>> targets = new LinkedHashMap<>();
        Map<String, Set<String>> rules = new LinkedHashMap<>();
        for (Proposal p : proposals) {
            known(actionOrder, p.id(), "action", p.rule());
            for (String cause : p.answers()) {
                known(causeOrder, cause, "cause", p.rule());
            }
        }
        for (Proposal p : StandingProposals.of(proposals)) {
            status.merge(p.id(), p.status(), Status::mostUrgent);
            answers.computeIfAbsent(p.id(), k -> new LinkedHashSet<>()).addAll(p.answers());
            targets.computeIfAbsent(p.id(), k -> new TreeSet<>()).addAll(p.targets());
            rules.computeIfAbsent(p.id(), k -> new TreeSet<>()).add(p.rule());
        }
        List<String> ids = new ArrayList<>(status.keySet());
        // a required step that stops ongoing abuse comes before everything else; otherwise the catalogue's order holds
        ids.sort(Comparator.comparing((String id) -> actions.get(id).containment() && status.get(id) == Status.REQUIRED ? 0 : 1)
                .thenComparing(actionOrder::get));
        List<Action> out = new ArrayList<>();
        for (String id : ids) {
            Catalogue.ActionEntry entry = actions.get(id);
            // an action answers only causes that made it into the diagnosis, strongest first
            List<String> because = answers.get(id).stream().filter(causeRank::containsKey)
                    .sorted(Comparator.comparing(causeRank::get)).distinct().toList();
            List<Integer> waitingFor = entry.waitsForEarlierSteps() && status.get(id) != Status.DONE
                    ? out.stream().filter(a -> a.status() != Status.DONE).map(Action::step).toList()
                    : List.of();
            List<String> concerns = List.copyOf(targets.get(id));
            out.add(new Action(out.size() + 1, id, entry.title(), waitingFor.isEmpty() ? status.get(id) : Status.WAITING,
                    entry.summary(), because, concerns, CommandExpansion.expand(entry, concerns), List.copyOf(rules.get(id)),
                    waitingFor));
        }
        return out;
    }

    private List<Question> questions(List<Ask> asks) {
        Map<String, Set<String>> about = new LinkedHashMap<>();
        Map<String, Set<String>> rules = new LinkedHashMap<>();
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        for (Ask a : asks) {
            known(questionOrder, a.id(), "question", a.rule());
            about.computeIfAbsent(a.id(), k -> new TreeSet<>()).addAll(a.about());
            rules.computeIfAbsent(a.id(), k -> new TreeSet<>()).add(a.rule());
            // asks of one question should agree; where they do not, the smallest value stands, whatever the firing order
            a.values().forEach((name, value) -> values.computeIfAbsent(a.id(), k -> new java.util.TreeMap<>())
                    .merge(name, value, (x, y) -> x.compareTo(y) <= 0 ? x : y));
        }
        List<String> ids = new ArrayList<>(about.keySet());
        ids.sort(Comparator.comparing(questionOrder::get));
        List<Question> out = new ArrayList<>();
        for (String id : ids) {
            Catalogue.QuestionEntry entry = catalogue.questions().get(questionOrder.get(id));
            Question raw = new Question(id, entry.ask(), entry.how(), entry.matters(), List.copyOf(about.get(id)),
                    List.copyOf(rules.get(id)), values.getOrDefault(id, Map.of()));
            out.add(new Question(id, raw.fill(raw.ask()), raw.fill(raw.how()), raw.matters(), raw.about(), raw.rules(), raw.values()));
        }
        return out;
    }

    /** Symptoms in catalogue order, then by code. */
    private record SymptomKey(int position, String code) implements Comparable<SymptomKey> {
        @Override
        public int compareTo(SymptomKey other) {
            int byPosition = Integer.compare(position, other.position);
            // the NDRs without a code come after the coded ones of the same symptom
            return byPosition != 0 ? byPosition : java.util.Comparator.nullsLast(String::compareTo).compare(code, other.code);
        }
    }

    private static Integer known(Map<String, Integer> order, String id, String kind, String rule) {
        Integer position = order.get(id);
        if (position == null) {
            throw new KnowledgeException("rule '" + rule + "' names " + kind + " '" + id
                    + "', which the catalogue does not define; add it to " + RuleSource.CATALOGUE
                    + " or fix the identifier in the rule", List.of(rule));
        }
        return position;
    }
}
