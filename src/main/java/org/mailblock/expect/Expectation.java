package org.mailblock.expect;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import java.util.List;

/**
 * The {@code expect} section of a fact file: the diagnosis the file's author expects. Sample tests
 * compare it with what the engine finds; diagnosis itself ignores it.
 *
 * @param causes    the root causes, ranked, each with its confidence; {@code null} when not given
 * @param actions   the plan in order, each action with its status; {@code null} when not given
 * @param questions the ids of the questions asked, in any order; {@code null} when not given
 * @param rules     the rules that must fire and those that must not; {@code null} when not given
 * @param evidence  per cause, the fact paths its evidence cites, in any order; {@code null} when not given
 * @param targets   per action, its targets in order; per question, what it is about; {@code null} when not given
 * @param commands  per action, texts its commands must contain; {@code null} when not given
 */
public record Expectation(List<Expected> causes, List<Expected> actions, List<String> questions, RuleExpectation rules,
                          Map<String, List<String>> evidence, Map<String, List<String>> targets,
                          Map<String, List<String>> commands) {

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
        evidence = evidence == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
        targets = targets == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(targets));
        commands = commands == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(commands));
    }

    /** An expectation of causes, actions, questions and rules. */
    public Expectation(List<Expected> causes, List<Expected> actions, List<String> questions, RuleExpectation rules) {
        this(causes, actions, questions, rules, null, null, null);
    }

    /** An expectation of causes, actions and questions only. */
    public Expectation(List<Expected> causes, List<Expected> actions, List<String> questions) {
        this(causes, actions, questions, null, null, null, null);
    }
}
