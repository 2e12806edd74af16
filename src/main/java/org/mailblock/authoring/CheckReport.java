package org.mailblock.authoring;

import java.util.List;
import org.mailblock.engine.RuleProblem;

/**
 * What {@code check} found in a rule base: compiler errors and warnings, and the findings of the lints.
 *
 * @param rulesFolder the rule folder as the user named it
 * @param rules       how many rules it has
 * @param findings    every finding, in file and line order
 */
public record CheckReport(String rulesFolder, int rules, List<RuleProblem> findings) {

    /** Copies the list. */
    public CheckReport {
        findings = List.copyOf(findings);
    }

    /** How many findings are errors. */
    public long errors() {
        return findings.stream().filter(p -> p.level().equals("error")).count();
    }

    /** How many findings are warnings. */
    public long warnings() {
        return findings.size() - errors();
    }

    /** Whether the rule base is usable: no errors (warnings allowed). */
    public boolean clean() {
        return errors() == 0;
    }
}
