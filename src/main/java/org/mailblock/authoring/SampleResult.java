package org.mailblock.authoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.facts.TenantFacts;

/**
 * The outcome of one sample's expectation.
 *
 * @param sample      the sample file as the user named it
 * @param outcome     pass, fail, or error when the file could not be loaded or diagnosed
 * @param differences for a failure, expected against actual, one readable block per part (causes, actions, questions)
 * @param problems    for an error, what is wrong with the file ({@code file:line:column: path: message})
 * @param rulesFired  the ids of the rules that fired, in firing order, each once
 * @param facts       the sample's facts, when it could be loaded
 * @param diagnosis   the diagnosis, when one was made
 */
public record SampleResult(String sample, Outcome outcome, List<String> differences, List<String> problems,
                           List<String> rulesFired, @JsonIgnore TenantFacts facts,
                           @JsonIgnore Diagnosis diagnosis) {

    /** How a sample came out. */
    public enum Outcome {
        /** The diagnosis is what the sample expects. */
        PASS,
        /** The diagnosis differs from what the sample expects, or the sample expects nothing. */
        FAIL,
        /** The sample could not be loaded or diagnosed. */
        ERROR
    }

    /** Copies the lists. */
    public SampleResult {
        differences = List.copyOf(differences);
        problems = List.copyOf(problems);
        rulesFired = List.copyOf(rulesFired);
    }

    /** Whether the sample passed. */
    @JsonIgnore
    public boolean passed() {
        return outcome == Outcome.PASS;
    }
}
