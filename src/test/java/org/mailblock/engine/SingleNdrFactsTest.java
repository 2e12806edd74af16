package org.mailblock.engine;

import org.mailblock.engine.rulebase.RuleBase;
import org.mailblock.engine.rulebase.RuleBaseCompiler;
import org.mailblock.engine.rulebase.RuleCache;
import org.mailblock.engine.rulebase.RuleSource;
import org.mailblock.engine.session.FactDemand;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Evidence;
import org.mailblock.diagnosis.RootCause;
import org.mailblock.facts.Ndr;
import org.mailblock.facts.TenantFacts;

/** The packaged rules see NDRs as tallies per code; a rule folder that matches single NDRs still gets them. */
class SingleNdrFactsTest {

    private static final String PER_NDR_RULE = """
            package mailblock;
            import org.mailblock.facts.*;
            import org.mailblock.diagnosis.Confidence;
            import function org.mailblock.engine.kb.Conclude.cause;

            // Every sender of a 5.7.705 bounce is a suspect.
            rule "Every sender of a 5.7.705 bounce" @id("sender-of-each-bounce")
            when
                $n : Ndr( code == "5.7.705", sender != null )
            then
                insert( cause(kcontext, "compromised-accounts", Confidence.LIKELY).about($n.sender())
                    .because($n, "sender", "user-bad-sender", "user", $n.sender()) );
            end
            """;

    @TempDir
    Path dir;

    @Test
    void thePackagedRulesMatchNoSingleNdrSoNoneIsInserted() throws RuleBaseException {
        RuleBase packaged = new RuleBaseCompiler(RuleCache.none()).compile(RuleSource.packaged());
        assertThat(FactDemand.matchesSingleNdrs(packaged.kieBase())).isFalse();
    }

    @Test
    void aRuleFolderMatchingSingleNdrsGetsEachOneAndItsEvidencePointsAtTheRightEntry() throws RuleBaseException {
        Path rules = RuleFolders.catalogueAnd(dir, "per-ndr.drl", PER_NDR_RULE);
        DiagnosisEngine engine = DiagnosisEngine.builder().rulesDirectory(rules).withoutRuleCache().build();
        TenantFacts facts = TenantFacts.builder(Tenants.COLLECTED, "contoso.onmicrosoft.com")
                .ndr(new Ndr("5.7.705", 550, null, "alice@contoso.com", null, null, 1L))
                .ndr(new Ndr("5.1.8", 550, null, "bob@contoso.com", null, null, 1L))
                .ndr(new Ndr("5.7.705", 550, null, "carol@contoso.com", null, null, 1L))
                .build();

        Diagnosis d = engine.diagnose(facts);

        assertThat(FactDemand.matchesSingleNdrs(new RuleBaseCompiler(RuleCache.none()).compile(RuleSource.directory(rules)).kieBase()))
                .isTrue();
        assertThat(d.rootCauses()).extracting(RootCause::id).containsExactly("compromised-accounts");
        assertThat(d.rootCauses().get(0).evidence()).extracting(Evidence::fact, Evidence::value)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("ndrs[0].sender", "alice@contoso.com"),
                        org.assertj.core.groups.Tuple.tuple("ndrs[2].sender", "carol@contoso.com"));
    }
}
