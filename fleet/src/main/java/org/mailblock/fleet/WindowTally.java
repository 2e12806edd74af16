package org.mailblock.fleet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The NDRs of one tenant in one window, alike ones counted together, in {@link TallyEntry#ORDER}: the same events
 * give the same tally in whatever order they arrive.
 *
 * @param entries the NDRs, each with its count
 */
record WindowTally(List<TallyEntry> entries) {

    static final WindowTally EMPTY = new WindowTally(List.of());

    WindowTally {
        entries = List.copyOf(entries);
    }

    /** This tally with more NDRs counted. */
    WindowTally plus(TallyEntry entry) {
        List<TallyEntry> next = new ArrayList<>(entries);
        int at = Collections.binarySearch(next, entry, TallyEntry.ORDER);
        if (at >= 0) {
            next.set(at, next.get(at).plus(entry));
        } else {
            next.add(-at - 1, entry);
        }
        return new WindowTally(next);
    }

    /** How many NDRs were counted. */
    long total() {
        long total = 0;
        for (TallyEntry e : entries) {
            total = total > Long.MAX_VALUE - e.count() ? Long.MAX_VALUE : total + e.count();
        }
        return total;
    }
}
