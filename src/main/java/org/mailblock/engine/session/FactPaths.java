package org.mailblock.engine.session;

import org.mailblock.engine.KnowledgeException;
import org.mailblock.engine.kb.Known;
import org.mailblock.engine.kb.NdrTally;
import org.mailblock.engine.rulebase.EvidenceWording;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.mailblock.diagnosis.Evidence;
import org.mailblock.engine.kb.EvidenceRef;
import org.mailblock.engine.kb.Missing;
import org.mailblock.engine.kb.Symptom;
import org.mailblock.facts.FactEnum;
import org.mailblock.facts.Forwarding;
import org.mailblock.facts.Ndr;
import org.mailblock.facts.Snapshot;
import org.mailblock.facts.TenantFacts;

/**
 * Names the facts rules matched by their place in the fact file ({@code connectors[1]}) and
 * reads the value of the field a piece of evidence is about. Indexes are built only for the
 * sections evidence points into often.
 */
public final class FactPaths {

    private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

    private final TenantFacts facts;
    private static final int SCANS_BEFORE_INDEX = 16;

    private final Map<String, Map<Object, Integer>> indexes = new java.util.HashMap<>();
    private final Map<String, Integer> lookups = new java.util.HashMap<>();

    private final EvidenceWording wording;

    public FactPaths(TenantFacts facts) {
        this(facts, null);
    }

    /** Paths into these facts; with a wording, resolved evidence carries its detail in words. */
    public FactPaths(TenantFacts facts, EvidenceWording wording) {
        this.facts = facts;
        this.wording = wording;
    }

    /** The fact's path, or {@code null} if it is not part of the fact file. */
    String pathOf(Object fact) {
        if (fact instanceof Snapshot) {
            return "";
        }
        if (fact == facts.tenant()) {
            return "tenant";
        }
        if (fact == facts.subscription()) {
            return "subscription";
        }
        if (fact == facts.outbound()) {
            return "outbound";
        }
        if (fact == facts.limitsEnforcementStatus()) {
            return "limitsEnforcementStatus";
        }
        if (fact instanceof Symptom symptom) {
            return pathOf(symptom.tally().first());
        }
        if (fact instanceof NdrTally tally) {
            return pathOf(tally.first());
        }
        if (fact instanceof Known known) {
            return known.section();
        }
        String section = sectionOf(fact);
        if (section == null) {
            return null;
        }
        int index = indexOf(section, fact);
        return index < 0 ? null : section + "[" + index + "]";
    }

    /** Evidence as the report shows it: path, value and what it means, as a message and in words. */
    public Evidence resolve(EvidenceRef ref, String rule) {
        if (ref.fact() instanceof Missing missing) {
            return new Evidence(missing.path(), Evidence.Unknown.VALUE, ref.key(), ref.args(), detail(ref));
        }
        String base = pathOf(ref.fact());
        if (base == null) {
            base = String.valueOf(ref.fact());
        }
        if (ref.field() == null) {
            return new Evidence(base, null, ref.key(), ref.args(), detail(ref));
        }
        Object subject = ref.fact() instanceof Symptom s ? s.tally().first()
                : ref.fact() instanceof NdrTally t ? t.first() : ref.fact();
        Method accessor = accessors(subject.getClass()).get(ref.field());
        if (accessor == null) {
            throw new KnowledgeException("rule '" + rule + "' gives evidence about field '" + ref.field() + "' of "
                    + subject.getClass().getSimpleName() + ", which has the fields "
                    + accessors(subject.getClass()).keySet(), List.of(rule));
        }
        Object value;
        try {
            value = accessor.invoke(subject);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + ref.field() + " of " + subject, e);
        }
        String path = base.isEmpty() ? ref.field() : base + "." + ref.field();
        return new Evidence(path, typed(value), ref.key(), ref.args(), detail(ref));
    }

    private String detail(EvidenceRef ref) {
        return wording == null ? null : wording.render(ref.key(), ref.args());
    }

    /** How the trace names a matched fact: its path, or the conclusion it is. */
    String describe(Object fact) {
        if (fact instanceof NdrTally tally) {
            return tally.code() == null ? "ndrs without a code (" + tally.count() + ")"
                    : "ndrs with code " + tally.code() + " (" + tally.count() + ")";
        }
        if (fact instanceof Known known) {
            return known.section() + " (given)";
        }
        if (fact instanceof Snapshot snapshot) {
            return "collectedAt " + snapshot.collectedAt();
        }
        String path = fact instanceof Symptom ? null : pathOf(fact);
        return path != null ? path : String.valueOf(fact);
    }

    /**
     * A value as evidence carries it, typed as the fact file writes it: booleans and whole numbers as such,
     * names of closed sets and instants as the file's text, lists element by element, a missing value as unknown.
     */
    static Object typed(Object value) {
        if (value == null) {
            return Evidence.Unknown.VALUE;
        }
        if (value instanceof Boolean || value instanceof Long) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(FactPaths::typed).toList();
        }
        return format(value);
    }

    /** A value as the fact file would write it. */
    public static String format(Object value) {
        if (value == null) {
            return "unknown";
        }
        if (value instanceof FactEnum e) {
            return e.wireName();
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof Forwarding f) {
            // as the fact file writes it, not as a Java record prints itself
            return f.by() == null ? f.address() : f.address() + " by " + f.by().wireName();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(FactPaths::format).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }

    private String sectionOf(Object fact) {
        return switch (fact.getClass().getSimpleName()) {
            case "Ndr" -> fact instanceof Ndr ? "ndrs" : null;
            case "SendingDomain" -> "sendingDomains";
            case "AcceptedDomain" -> "acceptedDomains";
            case "Connector" -> "connectors";
            case "Admin" -> "admins";
            case "User" -> "users";
            case "OnPremisesServer" -> "onPremisesServers";
            case "OutboundSpamPolicy" -> "outboundSpamPolicies";
            default -> null;
        };
    }

    /**
     * The fact's position in its section. The first few lookups in a section scan it, which is cheap
     * for the first NDR of a code and for small sections; a section looked up often gets an index.
     */
    private int indexOf(String section, Object fact) {
        Map<Object, Integer> index = indexes.get(section);
        if (index != null) {
            Integer i = index.get(fact);
            return i == null ? -1 : i;
        }
        List<?> list = section(section);
        if (lookups.merge(section, 1, Integer::sum) <= SCANS_BEFORE_INDEX) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == fact) {
                    return i;
                }
            }
            return -1;
        }
        Map<Object, Integer> byIdentity = new IdentityHashMap<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            byIdentity.putIfAbsent(list.get(i), i);
        }
        indexes.put(section, byIdentity);
        Integer i = byIdentity.get(fact);
        return i == null ? -1 : i;
    }

    private List<?> section(String section) {
        List<?> list = switch (section) {
            case "ndrs" -> facts.ndrs();
            case "sendingDomains" -> facts.sendingDomains();
            case "acceptedDomains" -> facts.acceptedDomains();
            case "connectors" -> facts.connectors();
            case "admins" -> facts.admins();
            case "users" -> facts.users();
            case "onPremisesServers" -> facts.onPremisesServers();
            case "outboundSpamPolicies" -> facts.outboundSpamPolicies();
            default -> null;
        };
        return list == null ? List.of() : list;
    }

    private static Map<String, Method> accessors(Class<?> type) {
        return ACCESSORS.computeIfAbsent(type, t -> {
            Map<String, Method> out = new java.util.LinkedHashMap<>();
            RecordComponent[] components = t.getRecordComponents();
            if (components != null) {
                for (RecordComponent c : components) {
                    out.put(c.getName(), c.getAccessor());
                }
            }
            return out;
        });
    }
}
