package org.mailblock.samples;

import org.mailblock.engine.rulebase.Catalogue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mailblock.authoring.SampleResult;
import org.mailblock.authoring.SampleRunner;
import org.mailblock.diagnosis.Action;
import org.mailblock.diagnosis.Confidence;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.RootCause;
import org.mailblock.diagnosis.Status;
import org.mailblock.report.SupportPacket;
import org.mailblock.diagnosis.TraceEntry;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.RuleInfo;
import org.mailblock.load.FactFile;

/** Every sample tenant produces the outcome written in its {@code expect} section. */
class SampleOutcomesTest {

    static DiagnosisEngine engine;
    static final Map<Path, Diagnosis> DIAGNOSES = new HashMap<>();
    /** The outcomes as {@code mailblock test} computes them, with the same runner. */
    static final Map<Path, SampleResult> RESULTS = new HashMap<>();

    @BeforeAll
    static void diagnoseAll() throws RuleBaseException {
        engine = DiagnosisEngine.builder().build();
        SampleRunner runner = new SampleRunner(engine);
        for (Path file : Samples.files()) {
            SampleResult result = runner.run(file);
            RESULTS.put(file, result);
            if (result.diagnosis() != null) {
                DIAGNOSES.put(file, result.diagnosis());
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> eachSampleGivesItsExpectedOutcome() {
        return Samples.files().stream().map(file -> DynamicTest.dynamicTest(Samples.FOLDER.relativize(file).toString(), () -> {
            FactFile sample = Samples.load(file);
            assertThat(sample.expectation()).as("%s has an expect section", file).isNotNull();
            if (Samples.whole(file)) {
                assertThat(sample.expectation().causes()).as("%s expects causes", file).isNotNull();
                assertThat(sample.expectation().actions()).as("%s expects actions", file).isNotNull();
            }
            SampleResult result = RESULTS.get(file);
            assertThat(result.passed()).as("%s%n%s%s", file, String.join("\n", result.differences()),
                    String.join("\n", result.problems())).isTrue();
        }));
    }

    @Test
    void thereAreAtLeastTenSamples() {
        assertThat(Samples.files()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void everyRuleFiresInSomeSampleAndStaysSilentInAnother() {
        Map<String, Integer> firedIn = new HashMap<>();
        for (Diagnosis d : DIAGNOSES.values()) {
            d.trace().stream().map(TraceEntry::rule).distinct().forEach(r -> firedIn.merge(r, 1, Integer::sum));
        }
        List<String> never = new ArrayList<>();
        List<String> always = new ArrayList<>();
        for (RuleInfo rule : engine.rules()) {
            int n = firedIn.getOrDefault(rule.id(), 0);
            if (n == 0) {
                never.add(rule.id() + " (" + rule.file() + ":" + rule.line() + ")");
            } else if (n == DIAGNOSES.size()) {
                always.add(rule.id());
            }
        }
        assertThat(never).as("rules that no sample makes fire").isEmpty();
        assertThat(always).as("rules that fire in every sample").isEmpty();
    }

    @Test
    void theSamplesCoverEveryCauseEveryActionAndEveryStatus() {
        Catalogue catalogue = engine.catalogue();
        Set<String> causes = new HashSet<>();
        Set<String> actions = new HashSet<>();
        Set<Confidence> confidences = EnumSet.noneOf(Confidence.class);
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        for (Diagnosis d : DIAGNOSES.values()) {
            d.rootCauses().stream().map(RootCause::id).forEach(causes::add);
            d.rootCauses().stream().map(RootCause::confidence).forEach(confidences::add);
            d.actions().stream().map(Action::id).forEach(actions::add);
            d.actions().stream().map(Action::status).forEach(statuses::add);
        }
        assertThat(causes).containsExactlyInAnyOrderElementsOf(catalogue.causes().stream().map(Catalogue.CauseEntry::id).toList());
        assertThat(actions).containsExactlyInAnyOrderElementsOf(catalogue.actions().stream().map(Catalogue.ActionEntry::id).toList());
        assertThat(confidences).containsExactlyInAnyOrder(Confidence.values());
        assertThat(statuses).containsExactlyInAnyOrder(Status.values());
    }

    @Test
    void requestUnblockIsLastWheneverTheTenantIsBannedAndAbsentOtherwise() {
        int banned = 0;
        int notBanned = 0;
        for (Map.Entry<Path, Diagnosis> e : DIAGNOSES.entrySet()) {
            List<String> plan = e.getValue().actions().stream().map(Action::id).toList();
            if (e.getValue().tenantBanned()) {
                banned++;
                assertThat(plan).as("%s", e.getKey()).isNotEmpty();
                assertThat(plan.get(plan.size() - 1)).as("%s", e.getKey()).isEqualTo("request-unblock");
            } else {
                notBanned++;
                assertThat(plan).as("%s", e.getKey()).doesNotContain("request-unblock");
            }
        }
        assertThat(DIAGNOSES.keySet()).as("every sample diagnosed").containsExactlyInAnyOrderElementsOf(Samples.files());
        assertThat(banned).as("banned tenants among the samples").isGreaterThan(5);
        assertThat(notBanned).as("tenants not banned among the samples").isGreaterThan(5);
    }

    @Test
    void neitherNextNorThePacketPointAtTheSupportRequestWhileAnEarlierStepIsOpen() {
        Map<Boolean, Integer> requestsByEarlierOpen = new HashMap<>();
        for (Map.Entry<Path, Diagnosis> e : DIAGNOSES.entrySet()) {
            Diagnosis d = e.getValue();
            List<Action> plan = d.actions();
            for (int i = 0; i < plan.size(); i++) {
                if (!plan.get(i).id().equals("request-unblock")) {
                    continue;
                }
                boolean earlierOpen = plan.subList(0, i).stream().anyMatch(a -> a.status() != Status.DONE);
                requestsByEarlierOpen.merge(earlierOpen, 1, Integer::sum);
                assertThat(SupportPacket.readiness(d) == SupportPacket.Readiness.READY).as("%s ready", e.getKey()).isEqualTo(!earlierOpen);
                if (earlierOpen) {
                    assertThat(plan.get(i).status()).as("%s", e.getKey()).isEqualTo(Status.WAITING);
                    assertThat(d.nextAction()).as("%s next", e.getKey()).isPresent()
                            .get().extracting(Action::id).isNotEqualTo("request-unblock");
                }
            }
            d.nextAction().ifPresent(a -> assertThat(a.status()).as("%s next", e.getKey()).isNotEqualTo(Status.WAITING));
        }
        assertThat(DIAGNOSES.keySet()).as("every sample diagnosed").containsExactlyInAnyOrderElementsOf(Samples.files());
        assertThat(requestsByEarlierOpen).as("samples whose request waits, and samples ready for it").containsKeys(true, false);
    }

    @Test
    void everyCauseShowsTheFactsItRestsOn() {
        for (Map.Entry<Path, Diagnosis> e : DIAGNOSES.entrySet()) {
            for (RootCause c : e.getValue().rootCauses()) {
                assertThat(c.evidence()).as("%s: %s", e.getKey(), c.id()).isNotEmpty()
                        .allSatisfy(ev -> assertThat(ev.fact()).matches("[a-zA-Z]+(\\[\\d+])?(\\.[a-zA-Z0-9]+)?"));
                assertThat(c.rules()).as("%s: %s", e.getKey(), c.id()).isNotEmpty();
            }
        }
    }
}
