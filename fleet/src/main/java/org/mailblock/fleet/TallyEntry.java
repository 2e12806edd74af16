package org.mailblock.fleet;

import java.time.Instant;
import java.util.Comparator;
import org.mailblock.facts.Ndr;

/**
 * NDRs alike within one window: the same code, reply, text, sender, recipient, reporting server and sending IP.
 *
 * @param code            the enhanced status code; {@code null} when the bounces carry none
 * @param smtp            the SMTP reply code, or {@code null}
 * @param text            the diagnostic text, or {@code null}
 * @param sender          the sender, or {@code null}
 * @param recipient       the recipient, or {@code null}
 * @param reportingServer the server that generated them, or {@code null}
 * @param sendingIp       the sending IP they name, or {@code null}
 * @param count           how many were seen
 * @param lastAt          when the latest of them was generated (ISO-8601), or {@code null} when none said
 */
record TallyEntry(String code, Integer smtp, String text, String sender, String recipient, String reportingServer,
                  String sendingIp, long count, String lastAt) {

    /** The order of entries in a tally and in the fact file: by what they are, never by when they arrived. */
    static final Comparator<TallyEntry> ORDER = Comparator
            .comparing(TallyEntry::code, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(TallyEntry::smtp, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
            .thenComparing(TallyEntry::text, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(TallyEntry::sender, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(TallyEntry::recipient, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(TallyEntry::reportingServer, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(TallyEntry::sendingIp, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    /** The entry of one NDR, with its count. */
    static TallyEntry of(Ndr ndr) {
        return new TallyEntry(ndr.code(), ndr.smtp(), ndr.text(), ndr.sender(), ndr.recipient(), ndr.reportingServer(),
                ndr.sendingIp(), ndr.count(), ndr.at() == null ? null : ndr.at().toString());
    }

    /** This entry with another like it added: the counts summed (never past the largest long), the later time kept. */
    TallyEntry plus(TallyEntry other) {
        long sum = count > Long.MAX_VALUE - other.count ? Long.MAX_VALUE : count + other.count;
        return new TallyEntry(code, smtp, text, sender, recipient, reportingServer, sendingIp, sum, later(lastAt, other.lastAt));
    }

    private static String later(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return Instant.parse(a).isBefore(Instant.parse(b)) ? b : a;
    }
}
