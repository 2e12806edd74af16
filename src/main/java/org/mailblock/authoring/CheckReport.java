package org.mailblock.authoring;

import java.util.List;
import java.util.Map;
import org.mailblock.engine.RuleProblem;

/**
 * What {@code check} found in a rule base: compiler errors and warnings, and the findings of the lints.
 *
 * @param rulesFolder the rule folder as the user named it
 * @param rules       how many rules it has
 * @param findings    every finding, in file and line order
 * @param checks      the id of the lint that found each finding; a finding not in it is the compiler's
 */
public record CheckReport(String rulesFolder, int rules, List<RuleProblem> findings, Map<RuleProblem, String> checks) {

    /** The check a finding comes from when no lint claims it: the rule compiler. */
    public static final String COMPILER = "compiler";

    /** Copies the list and the map. */
    public CheckReport {
        findings = List.copyOf(findings);
        checks = Map.copyOf(checks);
    }

    /** The id of the check that found this: a lint's ({@code metadata}, {@code catalogue}, ...) or {@value #COMPILER}. */
    public String checkOf(RuleProblem finding) {
        return checks.getOrDefault(finding, COMPILER);
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
