package org.mailblock.authoring.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MutatorTest {

    private static final String DRL = """
            package mailblock;

            // A recent connector nobody vouched for.
            rule "Recent connector"
                @id("cause-recent") @codes("5.7.705")
                salience 30
            when
                exists Symptom( id in ("tenant-over-threshold", "a, b") )
                Snapshot( $now : collectedAt )
                $c : Connector( direction == Direction.INBOUND, recognized == null,
                                daysBefore(createdAt, $now) <= 14 )
            then
                insertLogical( cause(kcontext, "x", Confidence.LIKELY).about($c.name())
                    .because($c, "createdAt", "recent", "age", age($c.createdAt(), $now)) );
            end
            """;

    private static List<Mutant> mutants() {
        TreeMap<String, String> drl = new TreeMap<>();
        drl.put("rules/x.drl", DRL);
        return Mutator.of(drl, "rules/catalogue.yaml", null);
    }

    private static List<String> changes(MutationKind kind) {
        return mutants().stream().filter(m -> m.kind() == kind).map(Mutant::change).toList();
    }

    @Test
    void movesEachComparedNumberOnePastItsBoundaryToBothSides() {
        assertThat(changes(MutationKind.BOUNDARY)).containsExactly(
                "`daysBefore(createdAt, $now) <= 14` -> `daysBefore(createdAt, $now) <= 13`",
                "`daysBefore(createdAt, $now) <= 14` -> `daysBefore(createdAt, $now) <= 15`");
        assertThat(changes(MutationKind.OPERATOR)).containsExactly(
                "`daysBefore(createdAt, $now) <= 14` -> `daysBefore(createdAt, $now) < 14`");
    }

    @Test
    void leavesOutConditionsAndConstraintsButNeverABindingTheRuleUses() {
        assertThat(changes(MutationKind.CONDITION)).containsExactly(
                "without `exists Symptom( id in (\"tenant-over-threshold\", \"a, b\") )`");
        assertThat(changes(MutationKind.CONSTRAINT)).containsExactly(
                "without `id in (\"tenant-over-threshold\", \"a, b\")` in `Symptom( ... )`",
                "without `direction == Direction.INBOUND` in `Connector( ... )`",
                "without `recognized == null` in `Connector( ... )`",
                "without `daysBefore(createdAt, $now) <= 14` in `Connector( ... )`");
    }

    @Test
    void movesConfidenceOneStepAndDropsEvidenceAndTargets() {
        assertThat(changes(MutationKind.CONFIDENCE)).containsExactly(
                "`Confidence.LIKELY` -> `Confidence.CONFIRMED`", "`Confidence.LIKELY` -> `Confidence.POSSIBLE`");
        assertThat(changes(MutationKind.TARGET)).containsExactly("without `.about($c.name())`");
        assertThat(changes(MutationKind.EVIDENCE)).containsExactly(
                "without `.because($c, \"createdAt\", \"recent\", \"age\", age($c.createdAt(), $now))`");
    }

    @Test
    void eachMutantIsTheWholeRuleWithExactlyOneChangeAtTheLineOfTheChange() {
        Mutant lastConstraint = mutants().stream()
                .filter(m -> m.change().equals("without `daysBefore(createdAt, $now) <= 14` in `Connector( ... )`")).findFirst().orElseThrow();
        assertThat(lastConstraint.text()).startsWith("rule \"Recent connector\"").endsWith("end")
                .contains("recognized == null )").doesNotContain("<= 14");
        assertThat(lastConstraint.line()).isEqualTo(11);
        assertThat(lastConstraint.rule()).isEqualTo("cause-recent");
        assertThat(lastConstraint.ruleName()).isEqualTo("Recent connector");
    }

    @Test
    void swapsTheOrderOfTwoActionsNextToEachOtherInThePlan() {
        String catalogue = """
                causes:
                  - id: c
                actions:
                  - id: first
                    order: 10
                  - id: third
                    order: 30
                  - id: second
                    order: 20
                questions: []
                """;
        List<Mutant> swaps = Mutator.ofCatalogue("rules/catalogue.yaml", catalogue);
        assertThat(swaps).extracting(Mutant::change).containsExactly("`second` before `first`", "`third` before `second`");
        assertThat(swaps.get(0).text()).contains("id: first\n    order: 20").contains("id: second\n    order: 10");
        assertThat(swaps.get(0).inCatalogue()).isTrue();
    }
}
