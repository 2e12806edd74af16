package org.mailblock.diagnosis;

import java.util.List;

/**
 * A root cause the rules concluded.
 *
 * @param id         the cause's stable identifier, for example {@code malicious-inbound-connector}
 * @param title      a short description for people
 * @param confidence how sure the diagnosis is, the strongest any rule concluded
 * @param summary    what the cause means and why it blocks mail
 * @param evidence   the facts it rests on
 * @param rules      the identifiers of the rules that concluded it
 */
public record RootCause(String id, String title, Confidence confidence, String summary,
                        List<Evidence> evidence, List<String> rules) {

    public RootCause {
        evidence = List.copyOf(evidence);
        rules = List.copyOf(rules);
    }
}
