package org.mailblock.engine.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.engine.DiagnoseOptions;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.RuleInfo;
import org.mailblock.facts.TenantFacts;
import org.mailblock.load.FactFileLoader;

/** The bench that mutation testing swaps rules in and out of diagnoses as the rules as written do. */
class MutantBenchTest {

    private static Workbench workbench;

    @BeforeAll
    static void openTheProjectRules() throws Exception {
        workbench = Workbench.open(Path.of("rules"));
    }

    @Test
    void aRuleSwappedOutAndBackInUnchangedLeavesTheRulesThatSharedItsConditionsFiring() throws Exception {
        // derive-domain-forwarded and derive-domain-owned begin with the same two conditions; in a network where
        // they share those nodes, Drools 10.2 left derive-domain-owned silent once the other was reloaded
        TenantFacts facts = FactFileLoader.standard().load(Path.of("facts-samples/owned-domain-via-locked-down-server.yaml")).facts();
        MutantBench bench = workbench.mutantBench();
        Diagnosis before = bench.original().diagnose(facts, DiagnoseOptions.EXPLAIN);
        assertThat(before.rootCauses()).extracting(c -> c.id()).contains("unregistered-sending-domains");

        DiagnosisEngine reloaded = bench.withRuleReloaded(name("derive-domain-forwarded"));

        assertThat(conclusions(reloaded.diagnose(facts, DiagnoseOptions.EXPLAIN))).isEqualTo(conclusions(before));
    }

    @Test
    void theBenchDiagnosesEverySampleAsTheRulesAsWrittenDo() throws Exception {
        MutantBench bench = workbench.mutantBench();
        DiagnosisEngine written = workbench.engine();
        for (String sample : List.of("open-relay-hybrid-server", "cloud-forwarding-under-750", "banned-tenant-with-every-kind-of-bounce")) {
            TenantFacts facts = FactFileLoader.standard().load(Path.of("facts-samples", sample + ".yaml")).facts();
            assertThat(conclusions(bench.original().diagnose(facts, DiagnoseOptions.EXPLAIN)))
                    .as(sample).isEqualTo(conclusions(written.diagnose(facts, DiagnoseOptions.EXPLAIN)));
        }
    }

    private static String name(String id) throws Exception {
        return workbench.engine().rules().stream().filter(r -> r.id().equals(id)).map(RuleInfo::name).findFirst().orElseThrow();
    }

    /** What a diagnosis concludes, without the orders that follow the firing order (evidence within a cause). */
    private static List<Object> conclusions(Diagnosis d) {
        return List.of(d.symptoms(),
                d.rootCauses().stream().map(c -> c.id() + " " + c.confidence() + " "
                        + c.evidence().stream().map(e -> e.fact() + "=" + e.key()).sorted().toList()).toList(),
                d.actions().stream().map(a -> a.id() + " " + a.status() + " " + a.targets()).toList(),
                d.questions().stream().map(q -> q.id() + " " + q.about()).toList());
    }
}
