package org.mailblock.authoring;

import org.mailblock.engine.inspect.Workbench;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.engine.RuleBaseException;

class CoverageTest {

    @TempDir
    Path dir;

    @Test
    void aRuleNoSampleCanFireIsReportedWithTheConditionAndConstraintThatFailed() throws IOException, RuleBaseException {
        Path rules = Copies.rules(dir);
        Path drl = rules.resolve("causes-hybrid-trial.drl");
        Files.writeString(drl, """
                // Layer 2, causes: a combination no sample has.
                package mailblock;

                import org.mailblock.facts.*;
                import org.mailblock.engine.kb.*;
                import org.mailblock.diagnosis.Confidence;
                import function org.mailblock.engine.kb.Conclude.cause;

                // A trial tenant that also relays from on-premises servers has too little reputation for that volume.
                rule "A hybrid trial tenant"
                    @id("cause-hybrid-trial") @codes("5.7.708")
                    salience 30
                when
                    exists Symptom( id == "ip-reputation-blocked" )
                    $t : Tenant( trial == true, hybrid == true )
                then
                    insert( cause(kcontext, "low-reputation-ip-new-tenant", Confidence.POSSIBLE).because($t, "hybrid", "tenant-hybrid") );
                end
                """);
        Workbench workbench = Workbench.open(rules);
        TestRun run = new SampleRunner(workbench.engine()).run(SampleRunner.samples(List.of(Copies.SAMPLES)), null);
        Coverage coverage = Coverage.of(workbench, run.results());

        assertThat(coverage.neverFired()).singleElement().satisfies(n -> {
            assertThat(n.rule()).isEqualTo("cause-hybrid-trial");
            assertThat(n.closest()).endsWith("trial-tenant-low-reputation-ip.yaml");
            assertThat(n.whyNot().matched()).isEqualTo(1);
            assertThat(n.whyNot().failing().number()).isEqualTo(2);
            assertThat(n.whyNot().failing().line()).isEqualTo(15);
            assertThat(n.whyNot().constraint()).isEqualTo("hybrid == true");
            assertThat(n.whyNot().facts()).containsExactly("tenant: hybrid = unknown");
        });
        assertThat(coverage.percent()).isLessThan(100.0).isGreaterThan(95.0);
        assertThat(AuthoringText.coverage(coverage, 100.0))
                .contains("0  cause-hybrid-trial")
                .contains("(threshold 100.0 %: NOT met)")
                .contains("RULE cause-hybrid-trial (" + drl + ":10) did not fire; closest sample: ")
                .contains("condition 2 failed at " + drl + ":15:5")
                .contains("$t : Tenant( trial == true, hybrid == true )")
                .contains("no Tenant fact meets `hybrid == true` together with the conditions before it")
                .contains("- tenant: hybrid = unknown");
    }

    @Test
    void everyRuleOfTheProjectFiresInSomeSample() throws IOException, RuleBaseException {
        Workbench workbench = Workbench.open(Copies.RULES);
        TestRun run = new SampleRunner(workbench.engine()).run(SampleRunner.samples(List.of(Copies.SAMPLES)), null);
        Coverage coverage = Coverage.of(workbench, run.results());
        assertThat(coverage.neverFired()).isEmpty();
        assertThat(coverage.percent()).isEqualTo(100.0);
        assertThat(coverage.rules()).hasSize(workbench.outlines().size()).allSatisfy(r -> assertThat(r.samples()).isPositive());
    }
}
