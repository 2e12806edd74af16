package org.mailblock.engine;

import java.util.ArrayList;
import java.util.List;
import org.mailblock.diagnosis.TraceEntry;

/** The trace of a diagnosis, read from the recorded firings: each rule with the facts it matched, by path, and what it concluded. */
final class TraceEntries {

    private TraceEntries() {
    }

    static List<TraceEntry> of(List<FiringRecorder.Firing> firings, FactPaths paths) {
        List<TraceEntry> entries = new ArrayList<>(firings.size());
        for (FiringRecorder.Firing f : firings) {
            entries.add(new TraceEntry(f.number(), f.rule(), f.name(),
                    f.matched().stream().map(paths::describe).toList(),
                    f.concluded().stream().map(String::valueOf).toList()));
        }
        return entries;
    }
}
