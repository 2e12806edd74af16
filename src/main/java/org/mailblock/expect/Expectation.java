package org.mailblock.expect;

import java.util.List;

/**
 * The {@code expect} section of a fact file: the diagnosis the file's author expects. Sample tests
 * compare it with what the engine finds; diagnosis itself ignores it.
 *
 * @param causes    the root causes, ranked, each with its confidence; {@code null} when not given
 * @param actions   the plan in order, each action with its status; {@code null} when not given
 * @param questions the ids of the questions asked, in any order; {@code null} when not given
 * @param rules     the rules that must fire and those that must not; {@code null} when not given
 */
public record Expectation(List<Expected> causes, List<Expected> actions, List<String> questions, RuleExpectation rules) {

    /** The confidences a cause can be expected with. */
    public static final List<String> CONFIDENCES = List.of("confirmed", "likely", "possible");

    /** The statuses an action can be expected with. */
    public static final List<String> STATUSES = List.of("required", "verify", "done", "waiting");

    /**
     * Keeps {@code null} (not given) apart from an empty list (expect none).
     *
     * @param causes    the root causes, ranked, each with its confidence; {@code null} when not given
     * @param actions   the plan in order, each action with its status; {@code null} when not given
     * @param questions the ids of the questions asked, in any order; {@code null} when not given
     * @param rules     the rules that must fire and those that must not; {@code null} when not given
     */
    public Expectation {
        causes = causes == null ? null : List.copyOf(causes);
        actions = actions == null ? null : List.copyOf(actions);
        questions = questions == null ? null : List.copyOf(questions);
    }

    /** An expectation of causes, actions and questions only. */
    public Expectation(List<Expected> causes, List<Expected> actions, List<String> questions) {
        this(causes, actions, questions, null);
    }
}
