package org.mailblock.engine;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.mailblock.diagnosis.TraceEntry;

/** Records, for an explanation, each rule firing with the facts it matched and what it concluded. */
final class TraceRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final FactPaths paths;
    private final List<TraceEntry> entries = new ArrayList<>();
    private List<Object> concluded;

    TraceRecorder(FactPaths paths) {
        this.paths = paths;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        concluded = new ArrayList<>();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        List<String> matched = new ArrayList<>();
        for (Object fact : event.getMatch().getObjects()) {
            // Drools' own marker facts (the initial fact behind `exists`/`not`) mean nothing to readers
            if (!fact.getClass().getName().startsWith("org.drools.")) {
                matched.add(paths.describe(fact));
            }
        }
        List<String> conclusions = new ArrayList<>();
        for (Object o : FiringConclusions.of(event.getMatch(), concluded == null ? List.of() : concluded)) {
            conclusions.add(String.valueOf(o));
        }
        entries.add(new TraceEntry(entries.size() + 1, idOf(rule), rule.getName(), matched, conclusions));
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
        // rules only add conclusions; updates carry nothing to explain
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // nor do retractions
    }

    List<TraceEntry> entries() {
        return entries;
    }

    /** The rule's {@code @id}, the name conclusions carry too. */
    static String idOf(Rule rule) {
        Object id = rule.getMetaData().get("id");
        return id == null ? rule.getName() : String.valueOf(id);
    }
}
