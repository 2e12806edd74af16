package org.mailblock.engine;

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
import org.mailblock.facts.Known;
import org.mailblock.facts.Ndr;
import org.mailblock.facts.NdrTally;
import org.mailblock.facts.Snapshot;
import org.mailblock.facts.TenantFacts;

/**
 * Names the facts rules matched by their place in the fact file ({@code connectors[1]}) and
 * reads the value of the field a piece of evidence is about. Indexes are built only for the
 * sections evidence actually points into.
 */
final class FactPaths {

    private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

    private final TenantFacts facts;
    private final Map<String, Map<Object, Integer>> indexes = new java.util.HashMap<>();

    FactPaths(TenantFacts facts) {
        this.facts = facts;
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
        Integer index = index(section).get(fact);
        return index == null ? null : section + "[" + index + "]";
    }

    /** Evidence as the report shows it: path, value and meaning. */
    Evidence resolve(EvidenceRef ref, String rule) {
        if (ref.fact() instanceof Missing missing) {
            return new Evidence(missing.path(), "unknown", ref.detail());
        }
        String base = pathOf(ref.fact());
        if (base == null) {
            base = String.valueOf(ref.fact());
        }
        if (ref.field() == null) {
            return new Evidence(base, null, ref.detail());
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
        return new Evidence(path, format(value), ref.detail());
    }

    /** How the trace names a matched fact: its path, or the conclusion it is. */
    String describe(Object fact) {
        if (fact instanceof NdrTally tally) {
            return "ndrs with code " + tally.code() + " (" + tally.count() + ")";
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

    /** A value as the fact file would write it. */
    static String format(Object value) {
        if (value == null) {
            return "unknown";
        }
        if (value instanceof FactEnum e) {
            return e.wireName();
        }
        if (value instanceof Instant instant) {
            return instant.toString();
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
            default -> null;
        };
    }

    private Map<Object, Integer> index(String section) {
        return indexes.computeIfAbsent(section, s -> {
            List<?> list = switch (s) {
                case "ndrs" -> facts.ndrs();
                case "sendingDomains" -> facts.sendingDomains();
                case "acceptedDomains" -> facts.acceptedDomains();
                case "connectors" -> facts.connectors();
                case "admins" -> facts.admins();
                case "users" -> facts.users();
                case "onPremisesServers" -> facts.onPremisesServers();
                default -> List.of();
            };
            Map<Object, Integer> byIdentity = new IdentityHashMap<>();
            if (list != null) {
                for (int i = 0; i < list.size(); i++) {
                    byIdentity.putIfAbsent(list.get(i), i);
                }
            }
            return byIdentity;
        });
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
