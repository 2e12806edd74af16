package org.mailblock.engine;

import java.util.List;

/**
 * The rule base compiled but misbehaved while diagnosing: a rule kept firing without end, or a
 * rule concluded an identifier the catalogue does not define. The fix is in {@code rules/}.
 */
public final class KnowledgeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> rules;

    /** An exception about the given rules. */
    public KnowledgeException(String message, List<String> rules) {
        super(message);
        this.rules = List.copyOf(rules);
    }

    /** The identifiers of the rules involved. */
    public List<String> rules() {
        return rules;
    }
}
