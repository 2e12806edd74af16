package org.mailblock.engine.kb;

import java.util.ArrayList;
import java.util.List;
import org.mailblock.diagnosis.Status;

/**
 * One rule's proposal to put an action in the plan. Proposals for the same action merge: a done
 * proposal overrules the verify proposals, then the most urgent status wins, and the causes and
 * targets of the proposals that stand add up.
 *
 * @param id      the action's identifier in the catalogue
 * @param status  the status this rule derives from the facts
 * @param rule    the rule that proposed it
 * @param answers the causes it answers
 * @param targets the accounts, connectors, domains or servers it concerns
 */
public record Proposal(String id, Status status, String rule, List<String> answers, List<String> targets) {

    /** Copies the lists, so that the proposal stays immutable. */
    public Proposal {
        answers = List.copyOf(answers);
        targets = List.copyOf(targets);
    }

    /** The same proposal, answering one more cause. */
    public Proposal answers(String causeId) {
        List<String> more = new ArrayList<>(answers);
        more.add(causeId);
        return new Proposal(id, status, rule, more, targets);
    }

    /** The same proposal, concerning one more named thing (an account, a connector, a domain). */
    public Proposal target(String name) {
        List<String> more = new ArrayList<>(targets);
        more.add(name);
        return new Proposal(id, status, rule, answers, more);
    }

    /** The same proposal, concerning several more named things at once. */
    public Proposal targetAll(java.util.Collection<?> names) {
        List<String> more = new ArrayList<>(targets);
        for (Object name : names) {
            more.add(String.valueOf(name));
        }
        return new Proposal(id, status, rule, answers, more);
    }

    @Override
    public String toString() {
        return "action " + id + " (" + status.id() + ")";
    }
}
