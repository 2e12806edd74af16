package org.mailblock.engine.kb;

import java.util.ArrayList;
import java.util.List;
import org.mailblock.diagnosis.Confidence;

/**
 * One rule's conclusion that a root cause is at work. Several rules may conclude the same cause;
 * the diagnosis keeps the strongest confidence and all their evidence.
 *
 * @param id         the cause's identifier in the catalogue
 * @param confidence how sure this rule is
 * @param rule       the rule that concluded it
 * @param evidence   the facts it rests on
 * @param about      the accounts, connectors, domains or servers it names, which plan rules turn into targets
 */
public record Cause(String id, Confidence confidence, String rule, List<EvidenceRef> evidence, List<String> about) {

    /** Copies the lists, so that the conclusion stays immutable. */
    public Cause {
        evidence = List.copyOf(evidence);
        about = List.copyOf(about);
    }

    /**
     * The same conclusion with one more piece of evidence: a field of a matched fact and what it
     * means, as the key of a text under {@code evidence.} in the message bundles and its arguments
     * in pairs of name and value, for example {@code because($u, "mfa", "user-no-mfa", "user", $u.upn())}.
     */
    public Cause because(Object fact, String field, String key, Object... namesAndValues) {
        List<EvidenceRef> more = new ArrayList<>(evidence);
        more.add(new EvidenceRef(fact, field, key, EvidenceRef.arguments(key, namesAndValues)));
        return new Cause(id, confidence, rule, more, about);
    }

    /** The same conclusion with evidence that a section or field was never collected, and what that means. */
    public Cause unknown(String path, String key, Object... namesAndValues) {
        return because(new Missing(path), null, key, namesAndValues);
    }

    /** The same conclusion, naming one more account, connector, domain or server it concerns. */
    public Cause about(String name) {
        List<String> more = new ArrayList<>(about);
        more.add(name);
        return new Cause(id, confidence, rule, evidence, more);
    }

    /** The same conclusion, naming several more things it concerns at once. */
    public Cause aboutAll(java.util.Collection<?> names) {
        List<String> more = new ArrayList<>(about);
        for (Object name : names) {
            more.add(String.valueOf(name));
        }
        return new Cause(id, confidence, rule, evidence, more);
    }

    /** Whether the conclusion names what it concerns. */
    public boolean named() {
        return !about.isEmpty();
    }

    /** Whether this conclusion is confirmed or likely, the level at which its fix is required. */
    public boolean firm() {
        return confidence.atLeast(Confidence.LIKELY);
    }

    @Override
    public String toString() {
        return "cause " + id + " (" + confidence.id() + ")";
    }
}
