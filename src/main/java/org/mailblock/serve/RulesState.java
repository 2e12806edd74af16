package org.mailblock.serve;

import java.time.Instant;
import java.util.List;
import org.mailblock.engine.RuleProblem;

/** What the server runs: a rule base that compiled, or, when none ever did, why not. */
sealed interface RulesState {

    /** Rules that compiled and serve requests. */
    record Ready(LoadedRules rules) implements RulesState {
    }

    /** No rule base compiled yet; requests that need one are answered 503 with these problems. */
    record Broken(List<RuleProblem> problems, Instant at) implements RulesState {
        public Broken {
            problems = List.copyOf(problems);
        }
    }
}
