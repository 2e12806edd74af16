package org.mailblock.authoring;

import org.mailblock.engine.inspect.Explanation;
import org.mailblock.engine.inspect.RuleOutline;
import org.mailblock.engine.inspect.WhyNot;
import org.mailblock.engine.inspect.Workbench;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.mailblock.load.ClosestName;
import java.util.Map;
import org.mailblock.diagnosis.Action;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Question;
import org.mailblock.diagnosis.RootCause;
import org.mailblock.diagnosis.Symptom;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.facts.TenantFacts;

/**
 * The how and why of one diagnosis: for each conclusion, the rules that made it, the facts they
 * matched with their values, and the conclusions they built on, down to the facts of the file;
 * for a rule or cause asked about that did not come out, the first condition that failed.
 *
 * @param sample      the fact file as the user named it
 * @param conclusions the conclusions explained, in the diagnosis' order: symptoms, causes, actions, questions
 * @param notFired    for a rule or cause asked about that did not come out, why not (one per rule that could conclude it)
 * @param notes       anything else worth saying, for example that no rule concludes the cause asked about
 */
public record ExplainReport(String sample, List<Node> conclusions, List<WhyNot> notFired, List<String> notes) {

    /**
     * A conclusion of the diagnosis.
     *
     * @param kind        {@code symptom}, {@code cause}, {@code action}, {@code question}, or {@code rule} when one rule was asked about
     * @param id          its identifier
     * @param value       the final confidence of a cause, status of an action, code of a symptom; empty otherwise
     * @param supportedBy each firing that concluded it
     */
    public record Node(String kind, String id, String value, List<Support> supportedBy) {

        /** Copies the list. */
        public Node {
            supportedBy = List.copyOf(supportedBy);
        }
    }

    /**
     * A rule firing that concluded something, with what it rests on.
     *
     * @param firing   its place in the order of firings
     * @param rule     the rule's {@code @id}
     * @param location where the rule is, {@code file:line}
     * @param facts    the facts of the file it matched, as {@code path: field = value}
     * @param bindings the values of its bound variables
     * @param evidence for a cause, the evidence it states
     * @param held     its conditions that bind no fact ({@code exists}, {@code not}, {@code eval}, ...), which held too
     * @param builtOn  the firings that concluded the facts it matched (a plan rule matched a cause, a cause rule a symptom)
     */
    public record Support(int firing, String rule, String location, List<String> facts, List<String> bindings,
                          List<String> evidence, List<String> held, List<Support> builtOn) {

        /** Copies the lists. */
        public Support {
            facts = List.copyOf(facts);
            bindings = List.copyOf(bindings);
            evidence = List.copyOf(evidence);
            held = List.copyOf(held);
            builtOn = List.copyOf(builtOn);
        }
    }

    /** Copies the lists. */
    public ExplainReport {
        conclusions = List.copyOf(conclusions);
        notFired = List.copyOf(notFired);
        notes = List.copyOf(notes);
    }

    /**
     * Explains the whole diagnosis of a fact file.
     *
     * @throws RuleBaseException when the rules do not compile
     */
    public static ExplainReport of(Workbench workbench, String sample, TenantFacts facts) throws RuleBaseException {
        Diagnosis d = workbench.engine().diagnose(facts);
        Explanation e = workbench.explain(facts);
        Map<String, RuleOutline> rules = outlines(workbench);
        List<Node> nodes = new ArrayList<>();
        for (Symptom s : d.symptoms()) {
            nodes.add(node(e, rules, "symptom", s.id(), s.code()));
        }
        for (RootCause c : d.rootCauses()) {
            nodes.add(node(e, rules, "cause", c.id(), c.confidence().id()));
        }
        for (Action a : d.actions()) {
            nodes.add(node(e, rules, "action", a.id(), a.status().id()));
        }
        for (Question q : d.questions()) {
            nodes.add(node(e, rules, "question", q.id(), ""));
        }
        return new ExplainReport(sample, nodes, List.of(), List.of());
    }

    /** ": did you mean 'x'?" when one of the ids is a typo away from the one asked for, else nothing. */
    private static String didYouMean(String typed, List<String> ids) {
        return ClosestName.among(typed, ids).map(id -> ": did you mean '" + id + "'?").orElse("");
    }

    /**
     * Explains one rule: its firings, or why it did not fire.
     *
     * @throws RuleBaseException        when the rules do not compile
     * @throws IllegalArgumentException when no rule has this id
     */
    public static ExplainReport ofRule(Workbench workbench, String sample, TenantFacts facts, String ruleId) throws RuleBaseException {
        if (workbench.outlines().stream().noneMatch(o -> o.id().equals(ruleId))) {
            List<String> ids = workbench.outlines().stream().map(RuleOutline::id).toList();
            throw new IllegalArgumentException("no rule has @id(\"" + ruleId + "\")" + didYouMean(ruleId, ids) + "; 'mailblock rules' lists them");
        }
        Explanation e = workbench.explain(facts);
        Map<String, RuleOutline> rules = outlines(workbench);
        List<Support> supports = e.firings().stream().filter(f -> f.rule().equals(ruleId)).map(f -> support(e, rules, f, null, null)).toList();
        if (!supports.isEmpty()) {
            return new ExplainReport(sample, List.of(new Node("rule", ruleId, "", supports)), List.of(), List.of());
        }
        return new ExplainReport(sample, List.of(), List.of(workbench.whyNot(facts, ruleId)), List.of());
    }

    /**
     * Explains one cause: the rules that concluded it, or for each rule that could, why it did not.
     *
     * @throws RuleBaseException        when the rules do not compile
     * @throws IllegalArgumentException when the catalogue has no such cause
     */
    public static ExplainReport ofCause(Workbench workbench, String sample, TenantFacts facts, String causeId) throws RuleBaseException {
        if (workbench.catalogue().map(c -> c.causes().stream().noneMatch(x -> x.id().equals(causeId))).orElse(true)) {
            List<String> ids = workbench.catalogue().map(c -> c.causes().stream().map(x -> x.id()).toList()).orElse(List.of());
            throw new IllegalArgumentException("the catalogue has no cause '" + causeId + "'" + didYouMean(causeId, ids)
                    + "; 'mailblock rules' lists the causes");
        }
        Diagnosis d = workbench.engine().diagnose(facts);
        Explanation e = workbench.explain(facts);
        for (RootCause c : d.rootCauses()) {
            if (c.id().equals(causeId)) {
                return new ExplainReport(sample, List.of(node(e, outlines(workbench), "cause", c.id(), c.confidence().id())), List.of(), List.of());
            }
        }
        List<String> rules = workbench.outlines().stream()
                .filter(o -> o.concludes().stream().anyMatch(c -> c.kind().equals("cause") && c.id().equals(causeId)))
                .map(RuleOutline::id).toList();
        if (rules.isEmpty()) {
            return new ExplainReport(sample, List.of(), List.of(), List.of("no rule concludes cause '" + causeId + "'"));
        }
        return new ExplainReport(sample, List.of(), List.copyOf(workbench.whyNot(List.of(facts), rules).values()),
                List.of("cause '" + causeId + "' is not in the diagnosis; " + rules.size()
                        + (rules.size() == 1 ? " rule concludes it" : " rules conclude it") + ", and none fired"));
    }

    private static Map<String, RuleOutline> outlines(Workbench workbench) {
        Map<String, RuleOutline> out = new HashMap<>();
        workbench.outlines().forEach(o -> out.putIfAbsent(o.id(), o));
        return out;
    }

    private static Node node(Explanation e, Map<String, RuleOutline> rules, String kind, String id, String value) {
        List<Support> supports = new ArrayList<>();
        for (Explanation.Firing f : e.firings()) {
            if (f.concluded().stream().anyMatch(c -> c.kind().equals(kind) && c.id().equals(id))) {
                supports.add(support(e, rules, f, kind, id));
            }
        }
        return new Node(kind, id, value, supports);
    }

    private static Support support(Explanation e, Map<String, RuleOutline> rules, Explanation.Firing f, String kind, String id) {
        List<String> facts = new ArrayList<>();
        List<Support> builtOn = new ArrayList<>();
        for (Explanation.Matched m : f.matched()) {
            if (m.concludedBy() > 0) {
                builtOn.add(support(e, rules, e.firings().get(m.concludedBy() - 1), null, null));
            } else {
                facts.add(m.values().isEmpty() ? m.fact() : m.fact() + ": " + String.join(", ", m.values()));
            }
        }
        List<String> evidence = new ArrayList<>();
        for (Explanation.Conclusion c : f.concluded()) {
            if (kind == null || c.kind().equals(kind) && c.id().equals(id)) {
                evidence.addAll(c.evidence());
            }
        }
        RuleOutline outline = rules.get(f.rule());
        List<String> held = outline == null ? List.of() : outline.conditions().stream()
                .filter(c -> !c.kind().equals("pattern")).map(RuleOutline.Condition::text).toList();
        return new Support(f.number(), f.rule(), f.location(), facts, f.bindings(), evidence, held, builtOn);
    }
}
