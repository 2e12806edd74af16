package org.mailblock.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.mailblock.facts.Connector;
import org.mailblock.facts.Ndr;
import org.mailblock.facts.TenantFacts;
import org.mailblock.i18n.Messages;

/**
 * The dated facts of a fact file in time order: tenant creation, connector creation, subscription
 * expiry and renewal, the NDRs (first and last of each code) and the moment of collection.
 */
public final class Timeline {

    /** At most this many connector creations are drawn, the most recent ones. */
    static final int MAX_CONNECTORS = 12;

    /** What kind of fact an event comes from; also its colour in the drawing. */
    public enum Kind { TENANT, CONNECTOR, ROGUE_CONNECTOR, SUBSCRIPTION, NDR, COLLECTED }

    /**
     * One dated fact.
     *
     * @param at    when
     * @param kind  what kind of fact
     * @param label what happened, in the report's language
     */
    public record Event(Instant at, Kind kind, String label) {
    }

    private Timeline() {
    }

    /** The events of the facts, oldest first; labels pass through {@code redact} where they quote names. */
    public static List<Event> of(TenantFacts facts, Messages m, UnaryOperator<String> redact) {
        List<Event> events = new ArrayList<>();
        if (facts.tenant().createdAt() != null) {
            events.add(new Event(facts.tenant().createdAt(), Kind.TENANT, m.text("timeline.tenant-created")));
        }
        Redaction.known(facts.connectors()).stream().filter(c -> c.createdAt() != null)
                .sorted(Comparator.comparing(Connector::createdAt).reversed().thenComparing(Connector::name))
                .limit(MAX_CONNECTORS)
                .forEach(c -> events.add(new Event(c.createdAt(), Boolean.FALSE.equals(c.recognized()) ? Kind.ROGUE_CONNECTOR : Kind.CONNECTOR,
                        m.format("timeline.connector-created", "name", redact.apply(c.name())))));
        if (facts.subscription() != null) {
            if (facts.subscription().expiredAt() != null) {
                events.add(new Event(facts.subscription().expiredAt(), Kind.SUBSCRIPTION, m.text("timeline.subscription-expired")));
            }
            if (facts.subscription().renewedAt() != null) {
                events.add(new Event(facts.subscription().renewedAt(), Kind.SUBSCRIPTION, m.text("timeline.subscription-renewed")));
            }
        }
        // NDRs are many: each code is drawn at its first and its last time, with the count of all of them
        Map<String, Instant[]> spans = new TreeMap<>();
        Map<String, Long> counts = new TreeMap<>();
        for (Ndr n : Redaction.known(facts.ndrs())) {
            long count = n.count() == null ? 1 : n.count();
            String code = ShownCode.of(n.code());
            counts.merge(code, count, Long::sum);
            if (n.at() != null) {
                Instant[] span = spans.computeIfAbsent(code, k -> new Instant[] {n.at(), n.at()});
                span[0] = n.at().isBefore(span[0]) ? n.at() : span[0];
                span[1] = n.at().isAfter(span[1]) ? n.at() : span[1];
            }
        }
        spans.forEach((code, span) -> {
            String label = m.format("timeline.ndr", "code", code, "count", counts.get(code));
            events.add(new Event(span[0], Kind.NDR, label));
            if (!span[1].equals(span[0])) {
                events.add(new Event(span[1], Kind.NDR, label));
            }
        });
        events.add(new Event(facts.collectedAt(), Kind.COLLECTED, m.text("timeline.collected")));
        events.sort(Comparator.comparing(Event::at).thenComparing(Event::kind).thenComparing(Event::label));
        return List.copyOf(events);
    }
}
