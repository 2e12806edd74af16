package org.mailblock.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All NDRs with one status code, added up, so that rules reason about codes without joining
 * every single bounce.
 *
 * @param code  the enhanced status code
 * @param count how many NDRs carried it (the sum of their counts)
 * @param first the first NDR in the file with this code, quoted as evidence
 */
public record NdrTally(String code, long count, Ndr first) {

    /** Tallies the NDRs by code, in the order each code first appears. */
    public static List<NdrTally> of(List<Ndr> ndrs) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Ndr> firsts = new LinkedHashMap<>();
        for (Ndr ndr : ndrs) {
            if (ndr == null || ndr.code() == null) {
                continue;
            }
            counts.computeIfAbsent(ndr.code(), c -> new long[1])[0] += ndr.count();
            firsts.putIfAbsent(ndr.code(), ndr);
        }
        List<NdrTally> out = new ArrayList<>(counts.size());
        counts.forEach((code, n) -> out.add(new NdrTally(code, n[0], firsts.get(code))));
        return List.copyOf(out);
    }
}
