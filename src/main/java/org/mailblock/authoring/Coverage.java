package org.mailblock.authoring;

import org.mailblock.engine.inspect.RuleOutline;
import org.mailblock.engine.inspect.WhyNot;
import org.mailblock.engine.inspect.Workbench;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.facts.TenantFacts;

/**
 * Which rules the samples make fire, and for each rule none does, the first of its conditions
 * that no sample satisfied.
 *
 * @param rules      every rule with the number of samples it fired in, in file and line order
 * @param neverFired for each rule that never fired, why not, on the sample that came closest
 * @param samples    how many samples were diagnosed
 */
public record Coverage(List<RuleCount> rules, List<NeverFired> neverFired, int samples) {

    /**
     * One rule and how many samples it fired in.
     *
     * @param rule     its {@code @id}
     * @param location where it is, {@code file:line}
     * @param samples  how many samples made it fire
     */
    public record RuleCount(String rule, String location, int samples) {
    }

    /**
     * A rule no sample made fire.
     *
     * @param rule    its {@code @id}
     * @param whyNot  the first condition no sample satisfied, on the sample that came closest
     * @param closest that sample, or empty when there were none
     */
    public record NeverFired(String rule, WhyNot whyNot, String closest) {
    }

    /** Copies the lists. */
    public Coverage {
        rules = List.copyOf(rules);
        neverFired = List.copyOf(neverFired);
    }

    /** The share of rules that fired in at least one sample, in percent. */
    public double percent() {
        return rules.isEmpty() ? 100.0 : 100.0 * rules.stream().filter(r -> r.samples() > 0).count() / rules.size();
    }

    /**
     * Measures coverage over the samples that could be diagnosed.
     *
     * @throws RuleBaseException when the rules do not compile
     */
    public static Coverage of(Workbench workbench, List<SampleResult> results) throws RuleBaseException {
        List<SampleResult> diagnosed = results.stream().filter(r -> r.diagnosis() != null).toList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SampleResult r : diagnosed) {
            for (String rule : r.rulesFired()) {
                counts.merge(rule, 1, Integer::sum);
            }
        }
        List<RuleCount> rules = new ArrayList<>();
        List<String> never = new ArrayList<>();
        for (RuleOutline o : workbench.outlines()) {
            int n = counts.getOrDefault(o.id(), 0);
            rules.add(new RuleCount(o.id(), o.location(), n));
            if (n == 0 && !o.id().isEmpty()) {
                never.add(o.id());
            }
        }
        List<TenantFacts> facts = diagnosed.stream().map(SampleResult::facts).toList();
        Map<String, WhyNot> why = facts.isEmpty() ? Map.of() : workbench.whyNot(facts, never);
        List<NeverFired> neverFired = new ArrayList<>();
        for (String id : never) {
            WhyNot w = why.get(id);
            neverFired.add(new NeverFired(id, w, w == null ? "" : diagnosed.get(w.factSet()).sample()));
        }
        return new Coverage(rules, neverFired, diagnosed.size());
    }
}
