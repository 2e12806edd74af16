package org.mailblock.engine.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;
import org.mailblock.engine.kb.Conclude;

/**
 * The one record of a session's rule firings: each rule that fired, the facts it matched, the
 * values of its bound variables and what it concluded. The trace of {@code --explain}, the
 * explanation of {@code mailblock explain}, coverage and the runaway guard all read it.
 */
public final class FiringRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    /**
     * One rule firing.
     *
     * @param number    its place in the order of firings, from 1
     * @param rule      the rule's {@code @id}
     * @param name      the rule's name
     * @param matched   the facts it matched, without Drools' own marker facts
     * @param bindings  its bound variables that hold something other than a matched fact, by name
     * @param concluded the facts its consequence inserted
     */
    public record Firing(int number, String rule, String name, List<Object> matched, Map<String, Object> bindings,
                  List<Object> concluded) {
    }

    private final List<Firing> firings = new ArrayList<>();
    private List<Object> concluded;

    /** A recorder listening to this session from now on. */
    static FiringRecorder attachTo(KieSession session) {
        FiringRecorder recorder = new FiringRecorder();
        session.addEventListener((AgendaEventListener) recorder);
        session.addEventListener((RuleRuntimeEventListener) recorder);
        return recorder;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        concluded = new ArrayList<>();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Match match = event.getMatch();
        List<Object> matched = new ArrayList<>();
        for (Object fact : match.getObjects()) {
            if (!FactValues.isInternal(fact)) {
                matched.add(fact);
            }
        }
        Map<String, Object> bindings = new LinkedHashMap<>();
        for (String declaration : match.getDeclarationIds()) {
            Object value = match.getDeclarationValue(declaration);
            // the executable model adds generated names that the rule's author never wrote
            if (!declaration.startsWith("GENERATED_") && !FactValues.isInternal(value) && !match.getObjects().contains(value)) {
                bindings.put(declaration, value);
            }
        }
        firings.add(new Firing(firings.size() + 1, Conclude.ruleId(match.getRule()), match.getRule().getName(),
                matched, bindings, FiringConclusions.of(match, concluded == null ? List.of() : concluded)));
        concluded = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (concluded != null && event.getRule() != null) {
            concluded.add(event.getObject());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // rules only add conclusions; updates carry nothing to record
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // nor do retractions
    }

    /** Every firing so far, in order. */
    List<Firing> firings() {
        return firings;
    }
}
