package org.mailblock.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mailblock.authoring.mutation.Equivalents;
import org.mailblock.authoring.mutation.Mutant;
import org.mailblock.authoring.mutation.Mutator;
import org.mailblock.engine.RuleProblem;
import org.mailblock.engine.inspect.Workbench;
import org.mailblock.engine.rulebase.RuleSource;

/**
 * Checks the declared equivalent mutants: each entry well-formed, with a reason, and naming a
 * change the mutator still makes, so that a declaration cannot outlive the rule it was written for.
 */
final class EquivalentsCheck {

    private EquivalentsCheck() {
    }

    static List<RuleProblem> run(Workbench workbench) {
        Optional<String> text = workbench.text(RuleSource.MUTATION_EQUIVALENTS);
        if (text.isEmpty()) {
            return List.of();
        }
        String file = workbench.display(RuleSource.MUTATION_EQUIVALENTS);
        Equivalents equivalents = Equivalents.parse(text.get());
        List<RuleProblem> out = new ArrayList<>();
        equivalents.problems().forEach(p -> out.add(new RuleProblem(file, 0, 0, "error", p)));
        List<Mutant> mutants = Mutator.of(workbench.drlSources(), workbench.display(RuleSource.CATALOGUE),
                workbench.text(RuleSource.CATALOGUE).orElse(null));
        for (Equivalents.Entry e : equivalents.unmatched(mutants)) {
            out.add(new RuleProblem(file, lineOf(text.get(), e.index()), 0, "error", "equivalents[" + (e.index() - 1) + "]: "
                    + e.rule() + " has no change " + e.change() + " (the rule changed, or the change is misspelt; "
                    + "mailblock test --mutate --rule " + e.rule() + " lists its survivors)"));
        }
        return out;
    }

    /** The line of the n-th list entry ({@code - }) of the file, from 1; 0 when not found. */
    private static int lineOf(String text, int index) {
        String[] lines = text.split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].stripLeading().startsWith("- ")) {
                if (++seen == index) {
                    return i + 1;
                }
            }
        }
        return 0;
    }
}
