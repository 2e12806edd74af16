package org.mailblock.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Evidence;
import org.mailblock.diagnosis.RootCause;
import org.mailblock.facts.AutoForwardingMode;
import org.mailblock.facts.LimitsEnforcementStatus;
import org.mailblock.facts.Ndr;
import org.mailblock.facts.OutboundSpamPolicy;
import org.mailblock.facts.TenantFacts;

/** Rules see the outbound spam policies and the limits enforcement status the fact file gives. */
class PolicyAndLimitFactsTest {

    private static final String RULES = """
            package mailblock;
            import org.mailblock.facts.*;
            import org.mailblock.diagnosis.Confidence;
            import function org.mailblock.engine.kb.Conclude.cause;

            // A policy that blocks forwarding.
            rule "policy" @id("policy-seen")
            when
                $p : OutboundSpamPolicy( autoForwardingMode == AutoForwardingMode.OFF )
            then
                insertLogical( cause(kcontext, "compromised-accounts", Confidence.LIKELY).about($p.name())
                    .because($p, "autoForwardingMode", "user-restricted", "user", $p.name()) );
            end

            // The tenant went over its limit.
            rule "limit" @id("limit-seen")
            when
                $l : LimitsEnforcementStatus( observedValue >= threshold )
            then
                insertLogical( cause(kcontext, "bulk-mail-volume", Confidence.LIKELY)
                    .because($l, "observedValue", "user-restricted", "user", "x") );
            end
            """;

    @TempDir
    Path dir;

    @Test
    void outboundSpamPoliciesAndTheLimitsEnforcementStatusReachTheRules() throws Exception {
        Path rules = RuleFolders.catalogueAnd(dir, "seen.drl", RULES);
        DiagnosisEngine engine = DiagnosisEngine.builder().rulesDirectory(rules).withoutRuleCache().build();
        TenantFacts facts = TenantFacts.builder(Tenants.COLLECTED, "contoso.onmicrosoft.com")
                .ndr(Ndr.of("5.7.520"))
                .outboundSpamPolicies(List.of(new OutboundSpamPolicy("Default", true, AutoForwardingMode.OFF,
                        null, null, null, null, null, null, null)))
                .limitsEnforcementStatus(new LimitsEnforcementStatus(12_000L, 10_000L, "Block", true))
                .build();

        Diagnosis d = engine.diagnose(facts);

        assertThat(d.rootCauses()).extracting(RootCause::id).containsExactlyInAnyOrder("compromised-accounts", "bulk-mail-volume");
    }

    @Test
    void evidenceFromAPolicyOrTheLimitsStatusNamesItsPathInTheFactFile() throws Exception {
        Path rules = RuleFolders.catalogueAnd(dir, "seen.drl", RULES);
        DiagnosisEngine engine = DiagnosisEngine.builder().rulesDirectory(rules).withoutRuleCache().build();
        TenantFacts facts = TenantFacts.builder(Tenants.COLLECTED, "contoso.onmicrosoft.com")
                .ndr(Ndr.of("5.7.520"))
                .outboundSpamPolicies(List.of(
                        new OutboundSpamPolicy("Custom", false, AutoForwardingMode.ON, null, null, null, null, null, null, null),
                        new OutboundSpamPolicy("Default", true, AutoForwardingMode.OFF, null, null, null, null, null, null, null)))
                .limitsEnforcementStatus(new LimitsEnforcementStatus(12_000L, 10_000L, "Block", true))
                .build();

        Diagnosis d = engine.diagnose(facts);

        assertThat(d.rootCauses()).flatExtracting(RootCause::evidence).extracting(Evidence::fact)
                .containsExactlyInAnyOrder("outboundSpamPolicies[1].autoForwardingMode", "limitsEnforcementStatus.observedValue");
    }
}
