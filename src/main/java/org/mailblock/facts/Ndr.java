package org.mailblock.facts;

import java.time.Instant;

/**
 * A non-delivery report (bounce) seen for mail sent by the tenant.
 *
 * @param code            the enhanced status code, for example {@code 5.7.705}; {@code null} when the bounce carries
 *                        none (then {@code text} is required)
 * @param smtp            the SMTP reply code, for example {@code 550}; {@code null} when unknown
 * @param text            the diagnostic text of the NDR; {@code null} when unknown
 * @param sender          the address that sent the bounced message
 * @param recipient       the address the message was for
 * @param at              when the NDR was generated
 * @param count           how many NDRs like this one were seen; 1 when not given
 * @param reportingServer the server that generated the NDR (Reporting-MTA, "Generating server"); {@code null} when unknown
 * @param sendingIp       the IP address of the sending server the NDR names ("banned sending IP [..]"); {@code null} when unknown
 */
public record Ndr(String code, Integer smtp, String text, String sender, String recipient, Instant at, Long count,
                  String reportingServer, String sendingIp) {

    /** Trims the code and the IP, lower-cases the addresses and the server, and counts one NDR when no count is given. */
    public Ndr {
        code = code == null ? null : code.trim();
        sender = Normalize.address(sender);
        recipient = Normalize.address(recipient);
        count = count == null ? Long.valueOf(1) : count;
        reportingServer = Normalize.domain(reportingServer);
        sendingIp = Normalize.address(sendingIp);
    }

    /** An NDR of which the reporting server and the sending IP are unknown. */
    public Ndr(String code, Integer smtp, String text, String sender, String recipient, Instant at, Long count) {
        this(code, smtp, text, sender, recipient, at, count, null, null);
    }

    /** An NDR of which only the code is known. */
    public static Ndr of(String code) {
        return new Ndr(code, null, null, null, null, null, null);
    }
}
