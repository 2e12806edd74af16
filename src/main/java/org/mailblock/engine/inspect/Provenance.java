package org.mailblock.engine.inspect;

import org.mailblock.engine.session.FactPaths;
import org.mailblock.engine.session.FactValues;
import org.mailblock.engine.session.FiringRecorder;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mailblock.engine.kb.Ask;
import org.mailblock.engine.kb.Cause;
import org.mailblock.engine.kb.EvidenceRef;
import org.mailblock.engine.kb.Proposal;
import org.mailblock.engine.kb.Symptom;

/** The explanation of a diagnosis, read from the recorded firings: the values each firing matched and which firing concluded each fact it built on. */
final class Provenance {

    private Provenance() {
    }

    static Explanation of(List<FiringRecorder.Firing> firings, FactPaths paths, Map<String, RuleOutline> outlines) {
        FactValues values = new FactValues(paths);
        Map<Object, Integer> concludedBy = new IdentityHashMap<>();
        List<Explanation.Firing> out = new ArrayList<>(firings.size());
        for (FiringRecorder.Firing f : firings) {
            RuleOutline outline = outlines.get(f.rule());
            String conditions = outline == null ? "" : String.join(" ", outline.conditions().stream().map(RuleOutline.Condition::text).toList());
            List<Explanation.Matched> matched = new ArrayList<>();
            for (Object fact : f.matched()) {
                matched.add(new Explanation.Matched(values.pathOrDescription(fact), values.values(fact, conditions),
                        concludedBy.getOrDefault(fact, 0)));
            }
            List<String> bindings = f.bindings().entrySet().stream()
                    .map(b -> b.getKey() + " = " + FactPaths.format(b.getValue())).sorted().toList();
            List<Explanation.Conclusion> concluded = new ArrayList<>();
            for (Object o : f.concluded()) {
                concludedBy.putIfAbsent(o, f.number());
                conclusion(o, paths).ifPresent(concluded::add);
            }
            out.add(new Explanation.Firing(f.number(), f.rule(), f.name(), outline == null ? "" : outline.location(), matched,
                    bindings, concluded));
        }
        return new Explanation(out);
    }

    private static Optional<Explanation.Conclusion> conclusion(Object o, FactPaths paths) {
        if (o instanceof Cause c) {
            List<String> evidence = new ArrayList<>();
            for (EvidenceRef ref : c.evidence()) {
                var e = paths.resolve(ref, c.rule());
                evidence.add(e.fact() + (e.value() == null ? "" : " = " + e.shownValue()) + (e.detail() == null ? "" : ": " + e.detail()));
            }
            return Optional.of(new Explanation.Conclusion("cause", c.id(), c.confidence().id(), evidence));
        } else if (o instanceof Proposal p) {
            return Optional.of(new Explanation.Conclusion("action", p.id(), p.status().id(), List.of()));
        } else if (o instanceof Ask a) {
            return Optional.of(new Explanation.Conclusion("question", a.id(), "", List.of()));
        } else if (o instanceof Symptom s) {
            return Optional.of(new Explanation.Conclusion("symptom", s.id(), s.code(), List.of()));
        }
        return Optional.empty();
    }
}
