package org.mailblock.diagnosis;

import java.util.List;

/**
 * One step of the remediation plan.
 *
 * @param step       its number in the plan, from 1
 * @param id         the action's stable identifier, for example {@code enable-admin-mfa}
 * @param title      a short description for people
 * @param status     whether the facts show it is needed, unknown, or already in order
 * @param summary    what to do, in words
 * @param because    the root causes it answers
 * @param targets    the accounts, connectors, domains or servers it concerns, when the facts name them
 * @param commands   commands that check or carry it out
 * @param rules      the identifiers of the rules that put it in the plan
 * @param waitingFor the numbers of the earlier steps not yet done, when the status is {@link Status#WAITING}; else empty
 */
public record Action(int step, String id, String title, Status status, String summary, List<String> because,
                     List<String> targets, List<Command> commands, List<String> rules, List<Integer> waitingFor) {

    /** Copies the lists, so that the action stays immutable. */
    public Action {
        because = List.copyOf(because);
        targets = List.copyOf(targets);
        commands = List.copyOf(commands);
        rules = List.copyOf(rules);
        waitingFor = List.copyOf(waitingFor);
    }

    /** The same action with other texts, targets and commands, as translation and redaction make it. */
    public Action with(String title, String summary, List<String> targets, List<Command> commands) {
        return new Action(step, id, title, status, summary, because, targets, commands, rules, waitingFor);
    }
}
