package org.mailblock.engine.session;

import org.mailblock.engine.KnowledgeException;
import org.mailblock.engine.kb.NdrTally;
import org.mailblock.engine.kb.Known;
import org.mailblock.engine.rulebase.RuleBase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.mailblock.engine.kb.Ask;
import org.mailblock.engine.kb.Cause;
import org.mailblock.engine.kb.Proposal;
import org.mailblock.engine.kb.Symptom;
import org.mailblock.facts.Snapshot;
import org.mailblock.facts.TenantFacts;

/**
 * Runs the rules over one fact set in a session of its own, with a bound on rule firings: the one
 * session loop behind diagnoses and explanations. Sessions come from a pool: disposing one resets
 * it for the next diagnosis, which is cheaper than creating it anew. Recorded sessions, which add
 * listeners, and sessions that did not settle are discarded.
 */
public final class SessionRunner {

    private final RuleBase ruleBase;
    private final FiringBound bound;
    private final KieSessionsPool pool;
    private final boolean singleNdrs;

    public SessionRunner(RuleBase ruleBase, FiringBound bound) {
        this.ruleBase = ruleBase;
        this.bound = bound;
        this.singleNdrs = FactDemand.matchesSingleNdrs(ruleBase.kieBase());
        this.pool = ruleBase.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    /**
     * Runs the rules to the end; with {@code record}, the findings carry every firing.
     *
     * @throws KnowledgeException when the rules do not settle within the bound, naming the rules that keep firing
     */
    public Findings run(TenantFacts facts, boolean record) {
        KieSession session = record ? ruleBase.kieBase().newKieSession() : pool.newKieSession();
        boolean reusable = !record;
        try {
            FiringRecorder recorder = record ? FiringRecorder.attachTo(session) : null;
            int limit = bound.limit(insertAll(session, facts, singleNdrs));
            int fired = session.fireAllRules(limit);
            if (fired >= limit) {
                reusable = false;
                throw runaway(session, recorder, fired);
            }
            return findings(session, recorder == null ? null : recorder.firings());
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
    public static long insertAll(KieSession session, TenantFacts facts, boolean singleNdrs) {
        long n = 0;
        session.insert(new Snapshot(facts.collectedAt()));
        n++;
        if (facts.tenant() != null) {
            session.insert(facts.tenant());
            n++;
        }
        n += insertEach(session, facts.knownSections().stream().map(Known::new).toList());
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
        n += insertEach(session, facts.outboundSpamPolicies());
        if (facts.limitsEnforcementStatus() != null) {
            session.insert(facts.limitsEnforcementStatus());
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
    private static Findings findings(KieSession session, List<FiringRecorder.Firing> firings) {
        return new Findings(objects(session, Symptom.class), objects(session, Cause.class),
                objects(session, Proposal.class), objects(session, Ask.class), firings);
    }

    private static <T> List<T> objects(KieSession session, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object o : session.getObjects(new ClassObjectFilter(type))) {
            out.add(type.cast(o));
        }
        return out;
    }

    /** Watches a sample of further firings to name the rules that keep the session from settling. */
    private static KnowledgeException runaway(KieSession session, FiringRecorder recorder, int fired) {
        FiringRecorder watch = recorder != null ? recorder : FiringRecorder.attachTo(session);
        int from = watch.firings().size();
        session.fireAllRules(FiringBound.LOOP_SAMPLE);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (FiringRecorder.Firing f : watch.firings().subList(from, watch.firings().size())) {
            counts.merge(f.rule(), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> busiest = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<String> rules = busiest.stream().map(Map.Entry::getKey).toList();
        String looping = busiest.stream()
                .map(e -> e.getKey() + " (" + e.getValue() + " of the next " + FiringBound.LOOP_SAMPLE + " firings)")
                .collect(Collectors.joining(", "));
        return new KnowledgeException("the rules did not settle: stopped after " + fired
                + " rule firings. These rules keep firing: " + looping
                + ". A rule that changes or re-inserts what it matches fires again and again.", rules);
    }
}
