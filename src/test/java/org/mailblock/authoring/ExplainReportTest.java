package org.mailblock.authoring;

import org.mailblock.engine.inspect.Workbench;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.load.FactFile;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;

class ExplainReportTest {

    static final String SAMPLE = "facts-samples/rogue-connector-after-admin-takeover.yaml";
    static Workbench workbench;
    static FactFile sample;

    @BeforeAll
    static void open() throws RuleBaseException, FactFileException {
        workbench = Workbench.open(Copies.RULES);
        sample = FactFileLoader.standard().load(Path.of(SAMPLE));
    }

    @Test
    void everyCauseIsExplainedByTheRulesAndTheFactsBehindIt() throws RuleBaseException {
        ExplainReport report = ExplainReport.of(workbench, sample.source(), sample.facts());
        assertThat(report.conclusions()).filteredOn(n -> n.kind().equals("cause")).hasSize(4)
                .allSatisfy(n -> assertThat(n.supportedBy()).isNotEmpty()
                        .allSatisfy(s -> assertThat(s.location()).matches("rules/[a-z-]+\\.drl:\\d+")));
        ExplainReport.Node connector = report.conclusions().stream()
                .filter(n -> n.id().equals("malicious-inbound-connector")).findFirst().orElseThrow();
        assertThat(connector.value()).isEqualTo("confirmed");
        assertThat(connector.supportedBy()).anySatisfy(s -> {
            assertThat(s.rule()).isEqualTo("cause-connector-unrecognized");
            assertThat(s.facts()).contains("connectors[0]: direction = inbound, recognized = false");
            assertThat(s.evidence()).anySatisfy(e -> assertThat(e).startsWith("connectors[0].recognized = false: "));
        });
        assertThat(connector.supportedBy()).anySatisfy(s -> {
            assertThat(s.rule()).isEqualTo("cause-domain-abuse-evidence-connector");
            assertThat(s.facts()).contains("sendingDomains[1]: name = cheap-meds.example");
            assertThat(s.bindings()).contains("$n = cheap-meds.example");
        });
    }

    @Test
    void aPlanStepShowsTheCauseItBuiltOnAndTheFactsBehindThatCause() throws RuleBaseException {
        ExplainReport report = ExplainReport.of(workbench, sample.source(), sample.facts());
        ExplainReport.Node step = report.conclusions().stream()
                .filter(n -> n.kind().equals("action") && n.id().equals("review-inbound-connectors")).findFirst().orElseThrow();
        assertThat(step.supportedBy()).anySatisfy(s -> {
            assertThat(s.rule()).isEqualTo("plan-connectors-required");
            assertThat(s.builtOn()).anySatisfy(cause -> {
                assertThat(cause.rule()).isEqualTo("cause-connector-unrecognized");
                assertThat(cause.facts()).contains("connectors[0]: direction = inbound, recognized = false");
            });
        });
        assertThat(AuthoringText.explain(report)).contains("ACTION review-inbound-connectors (required)")
                .contains("built on what this concluded:");
    }

    @Test
    void aCauseThatDidNotComeOutNamesTheFailedConditionOfEachRuleThatConcludesIt() throws RuleBaseException {
        ExplainReport report = ExplainReport.ofCause(workbench, sample.source(), sample.facts(), "bulk-mail-volume");
        assertThat(report.conclusions()).isEmpty();
        assertThat(report.notFired()).hasSize(3).allSatisfy(w -> {
            assertThat(w.fired()).isFalse();
            assertThat(w.failing()).isNotNull();
            assertThat(w.location()).startsWith("rules/causes-volume-and-reputation.drl:");
        });
        assertThat(report.notFired()).anySatisfy(w -> {
            assertThat(w.rule()).isEqualTo("cause-bulk-mail-high-volume");
            assertThat(w.constraint()).isEqualTo("bulkMail == true");
            assertThat(w.facts()).containsExactly("outbound: bulkMail = false");
        });
    }

    @Test
    void aRuleBehindANotNamesTheFactsThatExist() throws RuleBaseException {
        ExplainReport report = ExplainReport.ofRule(workbench, sample.source(), sample.facts(), "cause-connectors-unknown");
        assertThat(report.notFired()).singleElement().satisfies(w -> {
            assertThat(w.failing().kind()).isEqualTo("not");
            assertThat(w.failing().text()).isEqualTo("not Known( section == \"connectors\" )");
            assertThat(w.facts()).containsExactly("connectors (given): section = connectors");
        });
    }

    @Test
    void aRuleThatFiredIsShownWithItsFiring() throws RuleBaseException {
        ExplainReport report = ExplainReport.ofRule(workbench, sample.source(), sample.facts(), "cause-admin-without-mfa");
        assertThat(report.notFired()).isEmpty();
        assertThat(report.conclusions()).singleElement().satisfies(n ->
                assertThat(n.supportedBy()).singleElement().satisfies(s -> assertThat(s.facts()).containsExactly("admins[1]: mfa = false")));
    }

    @Test
    void anUnknownRuleOrCauseIsRefusedByName() {
        assertThatThrownBy(() -> ExplainReport.ofRule(workbench, sample.source(), sample.facts(), "no-such-rule"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-rule");
        assertThatThrownBy(() -> ExplainReport.ofCause(workbench, sample.source(), sample.facts(), "no-such-cause"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-cause");
    }
}
