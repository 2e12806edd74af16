package org.mailblock.engine.session;

import org.mailblock.engine.kb.Known;
import org.mailblock.engine.kb.NdrTally;
import java.util.ArrayList;
import java.util.List;
import org.mailblock.diagnosis.TraceEntry;
import org.mailblock.diagnosis.TraceText;
import org.mailblock.engine.kb.Ask;
import org.mailblock.engine.kb.Cause;
import org.mailblock.engine.kb.Proposal;
import org.mailblock.engine.kb.Symptom;
import org.mailblock.facts.Snapshot;

/**
 * The trace of a diagnosis, read from the recorded firings: each rule with the facts it matched,
 * by path, and what it concluded, as message keys under {@code trace.} with their arguments.
 */
final class TraceEntries {

    private TraceEntries() {
    }

    static List<TraceEntry> of(List<FiringRecorder.Firing> firings, FactPaths paths) {
        List<TraceEntry> entries = new ArrayList<>(firings.size());
        for (FiringRecorder.Firing f : firings) {
            entries.add(new TraceEntry(f.number(), f.rule(), f.name(),
                    f.matched().stream().map(fact -> matched(fact, paths)).toList(),
                    f.concluded().stream().map(TraceEntries::concluded).toList()));
        }
        return entries;
    }

    private static TraceText matched(Object fact, FactPaths paths) {
        if (fact instanceof NdrTally tally) {
            return TraceText.of("trace.ndrs", "code", tally.code() == null ? "none" : tally.code(), "count", String.valueOf(tally.count()));
        }
        if (fact instanceof Known known) {
            return TraceText.of("trace.given", "section", known.section());
        }
        if (fact instanceof Snapshot snapshot) {
            return TraceText.of("trace.collected-at", "time", String.valueOf(snapshot.collectedAt()));
        }
        String path = fact instanceof Symptom ? null : paths.pathOf(fact);
        return path != null ? TraceText.of("trace.fact", "fact", path) : concluded(fact);
    }

    private static TraceText concluded(Object o) {
        if (o instanceof Symptom s) {
            return TraceText.of("trace.symptom", "id", s.id(), "code", s.code() == null ? "none" : s.code(), "count", String.valueOf(s.count()));
        }
        if (o instanceof Cause c) {
            return TraceText.of("trace.cause", "id", c.id(), "confidence", c.confidence().id());
        }
        if (o instanceof Proposal p) {
            return TraceText.of("trace.action", "id", p.id(), "status", p.status().id());
        }
        if (o instanceof Ask a) {
            return TraceText.of("trace.question", "id", a.id());
        }
        return TraceText.of("trace.fact", "fact", String.valueOf(o));
    }
}
