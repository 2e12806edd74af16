package org.mailblock.engine.kb;

import org.mailblock.facts.Ndr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * All NDRs with one status code, added up, so that rules reason about codes, senders and
 * recipients without matching every single bounce.
 *
 * @param code      the enhanced status code; {@code null} for NDRs whose bounce carries none, tallied by their text
 * @param count     how many NDRs carried it (the sum of their counts)
 * @param first     the first NDR in the file with this code, quoted as evidence
 * @param addresses the senders and recipients of these NDRs, gathered when a rule first asks for them
 */
public record NdrTally(String code, long count, Ndr first, Addresses addresses) {

    /**
     * Tallies the NDRs by code, in the order each code first appears; those without a code by their text, as
     * the text is all a rule can classify them by.
     */
    public static List<NdrTally> of(List<Ndr> ndrs) {
        // keyed by the code itself, or by a Text for NDRs without one: no key is made per NDR that has a code
        Map<Object, Sum> byCode = new LinkedHashMap<>();
        for (Ndr ndr : ndrs) {
            if (ndr == null) {
                continue;
            }
            Object key = ndr.code() != null ? ndr.code() : new Text(ndr.text());
            Sum sum = byCode.get(key);
            if (sum == null) {
                sum = new Sum(ndr);
                byCode.put(key, sum);
            }
            sum.count += ndr.count();
        }
        List<NdrTally> out = new ArrayList<>(byCode.size());
        byCode.forEach((key, sum) -> out.add(new NdrTally(sum.first.code(), sum.count, sum.first,
                new Addresses(sum.first.code(), sum.first.text(), ndrs))));
        return List.copyOf(out);
    }

    /** The key of the NDRs without a code: their text, which may be missing too. */
    private record Text(String text) {
    }

    /** The running count of one code and its first NDR. */
    private static final class Sum {
        private final Ndr first;
        private long count;

        Sum(Ndr first) {
            this.first = first;
        }
    }

    /** The distinct senders of these NDRs, in the order they first appear in the file. */
    public Set<String> senders() {
        return addresses.senders();
    }

    /** The distinct recipients of these NDRs, in the order they first appear in the file. */
    public Set<String> recipients() {
        return addresses.recipients();
    }

    /** Names the code, the count and the first NDR: every address of a large tenant would help no reader. */
    @Override
    public String toString() {
        return "NdrTally[code=" + code + ", count=" + count + ", first=" + first + "]";
    }

    /**
     * The addresses of the NDRs of one code. Most diagnoses never ask for them, and a large tenant
     * has hundreds of thousands, so each set is gathered on first use and kept. Equal when taken
     * from equal NDR lists for the same code.
     */
    public static final class Addresses {
        /** The code of these NDRs; {@code null} for those without one, which are told apart by their {@code text}. */
        private final String code;
        private final String text;
        private final List<Ndr> ndrs;
        private Set<String> senders;
        private Set<String> recipients;

        Addresses(String code, String text, List<Ndr> ndrs) {
            this.code = code;
            this.text = code == null ? text : null;
            this.ndrs = ndrs;
        }

        synchronized Set<String> senders() {
            if (senders == null) {
                senders = gather(Ndr::sender);
            }
            return senders;
        }

        synchronized Set<String> recipients() {
            if (recipients == null) {
                recipients = gather(Ndr::recipient);
            }
            return recipients;
        }

        private Set<String> gather(Function<Ndr, String> address) {
            Set<String> out = new LinkedHashSet<>();
            for (Ndr ndr : ndrs) {
                if (ndr != null && (code != null ? code.equals(ndr.code()) : ndr.code() == null && Objects.equals(text, ndr.text()))) {
                    String a = address.apply(ndr);
                    if (a != null) {
                        out.add(a);
                    }
                }
            }
            return Collections.unmodifiableSet(out);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Addresses other && Objects.equals(code, other.code) && Objects.equals(text, other.text)
                    && ndrs.equals(other.ndrs);
        }

        @Override
        public int hashCode() {
            return Objects.hash(code, text);
        }

        @Override
        public String toString() {
            return code == null ? "addresses of the NDRs without a code" : "addresses of the NDRs with code " + code;
        }
    }
}
