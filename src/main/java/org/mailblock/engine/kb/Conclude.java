package org.mailblock.engine.kb;

import java.util.List;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import org.mailblock.diagnosis.Confidence;
import org.mailblock.diagnosis.Status;

/**
 * The functions rule consequences use to state conclusions. Each records which rule concluded,
 * from the rule's {@code @id} metadata, so the diagnosis can name it.
 */
public final class Conclude {

    private Conclude() {
    }

    /** A symptom classified from the NDRs of one code. */
    public static Symptom symptom(RuleContext kcontext, String id, NdrTally tally) {
        return new Symptom(id, tally.code(), tally.count(), false, tally, ruleId(kcontext));
    }

    /** A root cause at the given confidence; add evidence with {@link Cause#because}. */
    public static Cause cause(RuleContext kcontext, String id, Confidence confidence) {
        return new Cause(id, confidence, ruleId(kcontext), List.of(), List.of());
    }

    /** An action for the plan with the status the facts give it. */
    public static Proposal action(RuleContext kcontext, String id, Status status) {
        return new Proposal(id, status, ruleId(kcontext), List.of(), List.of());
    }

    /** A question about a fact worth collecting. */
    public static Ask ask(RuleContext kcontext, String id) {
        return new Ask(id, ruleId(kcontext), List.of());
    }

    /** The rule's {@code @id}, or its name when it has none. */
    public static String ruleId(RuleContext kcontext) {
        return ruleId(kcontext.getRule());
    }

    /** The rule's {@code @id}, or its name when it has none: the one way every part names a rule. */
    public static String ruleId(Rule rule) {
        Object id = rule.getMetaData().get("id");
        return id == null ? rule.getName() : String.valueOf(id);
    }
}
