package org.mailblock.engine.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailblock.facts.Ndr;

class NdrTallyTest {

    private static Ndr ndr(String code, String text, String sender, String recipient, long count) {
        return new Ndr(code, 550, text, sender, recipient, null, count);
    }

    @Test
    void ndrsAreAddedUpByCodeInTheOrderCodesFirstAppear() {
        List<Ndr> ndrs = List.of(ndr("5.7.750", null, "a@x", "r1@y", 2), ndr("5.7.705", null, "b@x", "r2@y", 1),
                ndr("5.7.750", null, "c@x", "r3@y", 3));
        List<NdrTally> tallies = NdrTally.of(ndrs);
        assertThat(tallies).extracting(NdrTally::code).containsExactly("5.7.750", "5.7.705");
        assertThat(tallies).extracting(NdrTally::count).containsExactly(5L, 1L);
        assertThat(tallies.get(0).first()).isSameAs(ndrs.get(0));
    }

    @Test
    void ndrsWithoutACodeAreTalliedByTheirTextApartFromCodedOnes() {
        List<Ndr> ndrs = Arrays.asList(ndr(null, "Access denied", "a@x", "r1@y", 1), ndr("5.7.705", "Access denied", "b@x", "r2@y", 1),
                null, ndr(null, "Relay denied", "c@x", "r3@y", 1), ndr(null, "Access denied", "d@x", "r4@y", 4), ndr(null, null, "e@x", null, 1));
        List<NdrTally> tallies = NdrTally.of(ndrs);
        assertThat(tallies).extracting(t -> t.first().text() + "/" + t.count())
                .containsExactly("Access denied/5", "Access denied/1", "Relay denied/1", "null/1");
        assertThat(tallies.get(0).senders()).containsExactly("a@x", "d@x");
        assertThat(tallies.get(1).senders()).containsExactly("b@x");
        assertThat(tallies.get(3).recipients()).isEmpty();
    }

    @Test
    void sendersAndRecipientsAreDistinctInFileOrder() {
        List<Ndr> ndrs = List.of(ndr("5.1.8", null, "b@x", "r2@y", 1), ndr("5.1.8", null, "a@x", "r1@y", 1),
                ndr("5.7.705", null, "z@x", "r9@y", 1), ndr("5.1.8", null, "b@x", "r1@y", 1));
        NdrTally tally = NdrTally.of(ndrs).get(0);
        assertThat(tally.senders()).containsExactly("b@x", "a@x");
        assertThat(tally.recipients()).containsExactly("r2@y", "r1@y");
    }
}
