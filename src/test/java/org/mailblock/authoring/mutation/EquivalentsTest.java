package org.mailblock.authoring.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EquivalentsTest {

    private static final Mutant MUTANT = new Mutant("rules/x.drl", 3, "cause-x", "X", MutationKind.OPERATOR,
            "`a >= 0` -> `a > 0`", "rule \"X\" when then end");

    @Test
    void aDeclaredMutantIsFoundByRuleAndChange() {
        Equivalents e = Equivalents.parse("""
                equivalents:
                  - rule: cause-x
                    change: "`a >= 0` -> `a > 0`"
                    reason: a is never 0, the loader refuses it
                """);
        assertThat(e.problems()).isEmpty();
        assertThat(e.of(MUTANT)).map(Equivalents.Entry::reason).contains("a is never 0, the loader refuses it");
        assertThat(e.unmatched(List.of(MUTANT))).isEmpty();
    }

    @Test
    void anEntryWithoutReasonIsAProblemAndAStaleOneIsUnmatched() {
        Equivalents e = Equivalents.parse("""
                equivalents:
                  - rule: cause-x
                    change: "`a >= 0` -> `a > 0`"
                  - rule: cause-x
                    change: "`a >= 1` -> `a > 1`"
                    reason: written for an older rule
                """);
        assertThat(e.problems()).containsExactly("equivalents[0]: needs rule, change and a reason");
        assertThat(e.of(MUTANT)).isEmpty();
        assertThat(e.unmatched(List.of(MUTANT))).extracting(Equivalents.Entry::change).containsExactly("`a >= 1` -> `a > 1`");
    }
}
