package org.mailblock.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;
import org.mailblock.engine.kb.Ask;
import org.mailblock.engine.kb.Cause;
import org.mailblock.engine.kb.EvidenceRef;
import org.mailblock.engine.kb.Proposal;
import org.mailblock.engine.kb.Symptom;

/** Records each firing with the facts it matched and which firing concluded each fact it built on. */
final class ProvenanceRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final FactValues values;
    private final FactPaths paths;
    private final Map<String, RuleOutline> outlines;
    private final Map<Object, Integer> concludedBy = new IdentityHashMap<>();
    private final List<Explanation.Firing> firings = new ArrayList<>();
    private List<Object> inserted;

    ProvenanceRecorder(FactPaths paths, Map<String, RuleOutline> outlinesById) {
        this.paths = paths;
        this.values = new FactValues(paths);
        this.outlines = outlinesById;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        inserted = new ArrayList<>();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Match match = event.getMatch();
        Rule rule = match.getRule();
        String id = TraceRecorder.idOf(rule);
        RuleOutline outline = outlines.get(id);
        String conditions = outline == null ? "" : String.join(" ", outline.conditions().stream().map(RuleOutline.Condition::text).toList());
        List<Explanation.Matched> matched = new ArrayList<>();
        for (Object fact : match.getObjects()) {
            if (!FactValues.isInternal(fact)) {
                matched.add(new Explanation.Matched(values.pathOrDescription(fact), values.values(fact, conditions),
                        concludedBy.getOrDefault(fact, 0)));
            }
        }
        List<String> bindings = new ArrayList<>();
        for (String declaration : match.getDeclarationIds()) {
            Object value = match.getDeclarationValue(declaration);
            if (!declaration.startsWith("GENERATED_") && !FactValues.isInternal(value) && !match.getObjects().contains(value)) {
                bindings.add(declaration + " = " + FactPaths.format(value));
            }
        }
        int number = firings.size() + 1;
        List<Explanation.Conclusion> concluded = new ArrayList<>();
        for (Object o : FiringConclusions.of(match, inserted == null ? List.of() : inserted)) {
            concludedBy.putIfAbsent(o, number);
            conclusion(o, concluded);
        }
        firings.add(new Explanation.Firing(number, id, rule.getName(), outline == null ? "" : outline.location(), matched,
                bindings.stream().sorted().toList(), concluded));
        inserted = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (inserted != null && event.getRule() != null) {
            inserted.add(event.getObject());
        }
    }

    private void conclusion(Object o, List<Explanation.Conclusion> concluded) {
        if (o instanceof Cause c) {
            List<String> evidence = new ArrayList<>();
            for (EvidenceRef ref : c.evidence()) {
                var e = paths.resolve(ref, c.rule());
                evidence.add(e.fact() + (e.value() == null ? "" : " = " + e.value()) + (e.detail() == null ? "" : ": " + e.detail()));
            }
            concluded.add(new Explanation.Conclusion("cause", c.id(), c.confidence().id(), evidence));
        } else if (o instanceof Proposal p) {
            concluded.add(new Explanation.Conclusion("action", p.id(), p.status().id(), List.of()));
        } else if (o instanceof Ask a) {
            concluded.add(new Explanation.Conclusion("question", a.id(), "", List.of()));
        } else if (o instanceof Symptom s) {
            concluded.add(new Explanation.Conclusion("symptom", s.id(), s.code(), List.of()));
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // rules only add conclusions
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // nor do they retract any
    }

    Explanation explanation() {
        return new Explanation(firings);
    }
}
