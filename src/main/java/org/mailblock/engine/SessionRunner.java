package org.mailblock.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.mailblock.diagnosis.TraceEntry;
import org.mailblock.engine.kb.Ask;
import org.mailblock.engine.kb.Cause;
import org.mailblock.engine.kb.Proposal;
import org.mailblock.engine.kb.Symptom;
import org.mailblock.facts.NdrTally;
import org.mailblock.facts.Snapshot;
import org.mailblock.facts.TenantFacts;

/**
 * Runs the rules over one fact set in a session of its own, with a bound on rule firings. Sessions
 * come from a pool: disposing one resets it for the next diagnosis, which is cheaper than creating
 * it anew. Traced diagnoses, which add listeners, and sessions that did not settle are discarded.
 */
final class SessionRunner {

    /** Firings watched after the bound is hit, to name the rules that keep firing. */
    private static final int LOOP_SAMPLE = 2_000;

    private final RuleBase ruleBase;
    private final long baseFiringLimit;
    private final long firingsPerFact;
    private final KieSessionsPool pool;
    private final boolean singleNdrs;

    SessionRunner(RuleBase ruleBase, long baseFiringLimit, long firingsPerFact) {
        this.ruleBase = ruleBase;
        this.baseFiringLimit = baseFiringLimit;
        this.firingsPerFact = firingsPerFact;
        this.singleNdrs = FactDemand.matchesSingleNdrs(ruleBase.kieBase());
        this.pool = ruleBase.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    Findings run(TenantFacts facts, FactPaths paths, boolean explain) {
        KieSession session = explain ? ruleBase.kieBase().newKieSession() : pool.newKieSession();
        boolean reusable = !explain;
        try {
            TraceRecorder trace = explain ? new TraceRecorder(paths) : null;
            if (trace != null) {
                session.addEventListener((AgendaEventListener) trace);
                session.addEventListener((RuleRuntimeEventListener) trace);
            }
            long inserted = insertAll(session, facts, singleNdrs);
            long limit = Math.min(Integer.MAX_VALUE - LOOP_SAMPLE, baseFiringLimit + firingsPerFact * inserted);
            int fired = session.fireAllRules((int) limit);
            if (fired >= limit) {
                reusable = false;
                throw runaway(session, fired);
            }
            return findings(session, trace == null ? null : trace.entries());
        } finally {
            if (reusable) {
                session.dispose();
            } else {
                session.destroy();
            }
        }
    }

    /**
     * Inserts the facts, the NDRs tallied by code; the single NDRs only when {@code singleNdrs}
     * (see {@link FactDemand}), so that a tenant's size in NDRs costs the session a few facts per code.
     */
    static long insertAll(KieSession session, TenantFacts facts, boolean singleNdrs) {
        long n = 0;
        session.insert(new Snapshot(facts.collectedAt()));
        n++;
        if (facts.tenant() != null) {
            session.insert(facts.tenant());
            n++;
        }
        n += insertEach(session, facts.knownSections());
        n += insertEach(session, NdrTally.of(facts.ndrs()));
        if (singleNdrs) {
            n += insertEach(session, facts.ndrs());
        }
        n += insertEach(session, facts.sendingDomains());
        n += insertEach(session, facts.acceptedDomains());
        n += insertEach(session, facts.connectors());
        n += insertEach(session, facts.admins());
        n += insertEach(session, facts.users());
        n += insertEach(session, facts.onPremisesServers());
        if (facts.subscription() != null) {
            session.insert(facts.subscription());
            n++;
        }
        if (facts.outbound() != null) {
            session.insert(facts.outbound());
            n++;
        }
        return n;
    }

    private static long insertEach(KieSession session, Collection<?> facts) {
        if (facts == null) {
            return 0;
        }
        for (Object fact : facts) {
            session.insert(fact);
        }
        return facts.size();
    }

    /** The conclusions in working memory; the store keeps facts by class, so each kind is read without scanning the input facts. */
    private static Findings findings(KieSession session, List<TraceEntry> trace) {
        return new Findings(objects(session, Symptom.class), objects(session, Cause.class),
                objects(session, Proposal.class), objects(session, Ask.class), trace);
    }

    private static <T> List<T> objects(KieSession session, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object o : session.getObjects(new ClassObjectFilter(type))) {
            out.add(type.cast(o));
        }
        return out;
    }

    /** Watches a sample of further firings to name the rules that keep the session from settling. */
    private static KnowledgeException runaway(KieSession session, int fired) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                counts.merge(TraceRecorder.idOf(event.getMatch().getRule()), 1, Integer::sum);
            }
        });
        session.fireAllRules(LOOP_SAMPLE);
        List<Map.Entry<String, Integer>> busiest = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<String> rules = busiest.stream().map(Map.Entry::getKey).toList();
        String looping = busiest.stream()
                .map(e -> e.getKey() + " (" + e.getValue() + " of the next " + LOOP_SAMPLE + " firings)")
                .collect(Collectors.joining(", "));
        return new KnowledgeException("the rules did not settle: stopped after " + fired
                + " rule firings. These rules keep firing: " + looping
                + ". A rule that changes or re-inserts what it matches fires again and again.", rules);
    }
}
