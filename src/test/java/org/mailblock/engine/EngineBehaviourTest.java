package org.mailblock.engine;

import org.mailblock.engine.inspect.Workbench;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.RootCause;
import org.mailblock.facts.Ndr;
import org.mailblock.facts.TenantFacts;
import org.mailblock.report.JsonReport;

class EngineBehaviourTest {

    static DiagnosisEngine engine;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() throws RuleBaseException {
        engine = DiagnosisEngine.builder().build();
    }

    @Test
    void aRenewalSixHoursBeforeCollectionLeadsAndTheWaitComesBeforeTheSupportRequest() {
        Diagnosis d = engine.diagnose(Tenants.renewedHoursBefore(Tenants.COLLECTED, 6));
        assertThat(d.leadingCause()).map(RootCause::id).hasValue("subscription-renewal-pending");
        List<String> plan = d.actions().stream().map(a -> a.id()).toList();
        assertThat(plan).containsSubsequence("wait-for-subscription-sync", "request-unblock");
        assertThat(plan.get(plan.size() - 1)).isEqualTo("request-unblock");
    }

    @Test
    void aRenewalThreeDaysBeforeCollectionExplainsNothing() {
        Diagnosis d = engine.diagnose(Tenants.renewedHoursBefore(Tenants.COLLECTED, 72));
        assertThat(d.rootCauses()).extracting(RootCause::id).doesNotContain("subscription-renewal-pending");
        assertThat(d.actions()).extracting(a -> a.id()).doesNotContain("wait-for-subscription-sync");
    }

    @Test
    void timeIsMeasuredFromCollectedAtNotFromTheClock() {
        Instant longAgo = Instant.parse("2019-01-01T00:00:00Z");
        Diagnosis then = engine.diagnose(Tenants.renewedHoursBefore(longAgo, 6));
        Diagnosis now = engine.diagnose(Tenants.renewedHoursBefore(Tenants.COLLECTED, 6));
        assertThat(then.rootCauses()).extracting(RootCause::id, RootCause::confidence)
                .isEqualTo(now.rootCauses().stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.id(), c.confidence())).toList());
        assertThat(then.actions()).isEqualTo(now.actions());
    }

    @Test
    void bothPublishedWordingsOf5_7_750AreTheSameSymptomAndOnlyTheExactCodeCounts() {
        for (String text : List.of("550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains",
                "5.7.750 Client blocked from sending from unregistered domain")) {
            Diagnosis d = engine.diagnose(TenantFacts.builder(Tenants.COLLECTED, "contoso.onmicrosoft.com")
                    .ndr(new Ndr("5.7.750", 550, text, null, null, null, 4L)).build());
            assertThat(d.symptoms()).extracting(s -> s.id(), s -> s.code(), s -> s.count(), s -> s.tenantBan())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("unregistered-domains-blocked", "5.7.750", 4L, true));
        }
        Diagnosis neighbour = engine.diagnose(TenantFacts.builder(Tenants.COLLECTED, "contoso.onmicrosoft.com")
                .ndr(Ndr.of("5.7.751")).build());
        assertThat(neighbour.symptoms()).extracting(s -> s.id()).containsExactly("outside-knowledge");
        assertThat(neighbour.tenantBanned()).isFalse();
        assertThat(neighbour.actions()).isEmpty();
    }

    @Test
    void theSameFactsGiveByteIdenticalJson() {
        TenantFacts facts = Tenants.bannedWithAdminWithoutMfa();
        String first = JsonReport.render(engine.diagnose(facts, DiagnoseOptions.EXPLAIN));
        for (int i = 0; i < 20; i++) {
            assertThat(JsonReport.render(engine.diagnose(facts, DiagnoseOptions.EXPLAIN))).isEqualTo(first);
        }
    }

    @Test
    void manyThreadsSharingOneEngineGetTheSingleThreadedResult() throws Exception {
        List<TenantFacts> tenants = List.of(Tenants.bannedWithAdminWithoutMfa(),
                Tenants.renewedHoursBefore(Tenants.COLLECTED, 6), Tenants.renewedHoursBefore(Tenants.COLLECTED, 72));
        List<String> expected = tenants.stream().map(t -> JsonReport.render(engine.diagnose(t))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int k = i % tenants.size();
                results.add(pool.submit(() -> JsonReport.render(engine.diagnose(tenants.get(k))).equals(expected.get(k))));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void invalidFactsBuiltInCodeAreRefusedWithTheirPath() {
        TenantFacts noNdr = TenantFacts.builder(Tenants.COLLECTED, "contoso.onmicrosoft.com").build();
        assertThatThrownBy(() -> engine.diagnose(noNdr))
                .isInstanceOfSatisfying(InvalidFactsException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.path()).isEqualTo("ndrs")));
    }

    @Test
    @Timeout(60)
    void aLoopingRuleBaseIsStoppedAndTheRuleNamed() {
        Path rules = RuleFolders.catalogueAnd(dir, "loop.drl", RuleFolders.fixture("loop.drl"));
        DiagnosisEngine looping;
        try {
            looping = DiagnosisEngine.builder().rulesDirectory(rules).firingLimit(10_000, 0).build();
        } catch (RuleBaseException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> looping.diagnose(Tenants.bannedWithAdminWithoutMfa()))
                .isInstanceOfSatisfying(KnowledgeException.class, e -> {
                    assertThat(e.rules()).containsExactly("echo-forever");
                    assertThat(e.getMessage()).contains("did not settle").contains("echo-forever");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    @Timeout(60)
    void aLoopingRuleBaseIsStoppedAndTheRuleNamedWhenTheTraceIsRecorded() throws RuleBaseException {
        Path rules = RuleFolders.catalogueAnd(dir, "loop.drl", RuleFolders.fixture("loop.drl"));
        DiagnosisEngine looping = DiagnosisEngine.builder().rulesDirectory(rules).firingLimit(10_000, 0).build();
        assertThatThrownBy(() -> looping.diagnose(Tenants.bannedWithAdminWithoutMfa(), DiagnoseOptions.EXPLAIN))
                .isInstanceOfSatisfying(KnowledgeException.class, e -> {
                    assertThat(e.rules()).containsExactly("echo-forever");
                    assertThat(e.getMessage()).contains("did not settle").contains("echo-forever (2000 of the next 2000 firings)");
                });
    }

    @Test
    @Timeout(60)
    void aLoopingRuleBaseIsStoppedAndTheRuleNamedWhenExplained() throws RuleBaseException {
        Path rules = RuleFolders.catalogueAnd(dir, "loop.drl", RuleFolders.fixture("loop.drl"));
        Workbench workbench = Workbench.open(rules);
        assertThatThrownBy(() -> workbench.explain(Tenants.bannedWithAdminWithoutMfa()))
                .isInstanceOfSatisfying(KnowledgeException.class, e -> {
                    assertThat(e.rules()).containsExactly("echo-forever");
                    assertThat(e.getMessage()).contains("did not settle").contains("echo-forever");
                });
    }

    @Test
    void aRuleNamingAnIdTheCatalogueLacksIsReported() throws RuleBaseException {
        Path rules = RuleFolders.catalogueAnd(dir, "typo.drl", """
                package mailblock;
                import org.mailblock.facts.*;
                import org.mailblock.diagnosis.Confidence;
                import function org.mailblock.engine.kb.Conclude.cause;

                rule "Typo in cause id" @id("typo-cause")
                when
                    Tenant( )
                then
                    insert( cause(kcontext, "compromised-acounts", Confidence.LIKELY) );
                end
                """);
        DiagnosisEngine typo = DiagnosisEngine.builder().rulesDirectory(rules).build();
        assertThatThrownBy(() -> typo.diagnose(TenantFacts.builder(Tenants.COLLECTED, "x.onmicrosoft.com")
                .ndr(Ndr.of("5.7.705")).build()))
                .isInstanceOfSatisfying(KnowledgeException.class, e -> {
                    assertThat(e.rules()).containsExactly("typo-cause");
                    assertThat(e.getMessage()).contains("'compromised-acounts'").contains("catalogue");
                });
    }
}
