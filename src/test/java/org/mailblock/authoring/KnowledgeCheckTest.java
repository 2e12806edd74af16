package org.mailblock.authoring;

import org.mailblock.engine.inspect.Workbench;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.RuleProblem;

class KnowledgeCheckTest {

    @TempDir
    Path dir;

    @Test
    void theProjectsRulesAreCleanWithoutWarnings() throws RuleBaseException {
        CheckReport report = KnowledgeCheck.run(Workbench.open(Copies.RULES));
        assertThat(report.findings()).isEmpty();
        assertThat(report.rules()).isGreaterThan(40);
        assertThat(AuthoringText.check(report)).isEqualTo("rules: " + report.rules() + " rules, 0 errors, 0 warnings\n");
    }

    @Test
    void aDeclaredEquivalentMutantThatNoLongerExistsIsAnErrorAtItsEntry() throws Exception {
        Path rules = Copies.rules(dir);
        java.nio.file.Files.writeString(rules.resolve("mutation-equivalents.yaml"), """
                equivalents:
                  - rule: derive-domain-not-verified
                    change: "without `verified == false` in `AcceptedDomain( ... )`"
                    reason: the next condition already demands it
                  - rule: derive-domain-not-verified
                    change: "without `verified == maybe` in `AcceptedDomain( ... )`"
                    reason: written for a rule that changed since
                  - rule: derive-domain-not-accepted
                    change: "without `x`"
                """);
        CheckReport report = KnowledgeCheck.run(Workbench.open(rules));
        assertThat(report.findings()).extracting(RuleProblem::message).containsExactlyInAnyOrder(
                "equivalents[2]: needs rule, change and a reason",
                "equivalents[1]: derive-domain-not-verified has no change without `verified == maybe` in `AcceptedDomain( ... )` "
                        + "(the rule changed, or the change is misspelt; mailblock test --mutate --rule derive-domain-not-verified lists its survivors)");
        assertThat(report.findings()).filteredOn(p -> p.message().startsWith("equivalents[1]"))
                .extracting(RuleProblem::line).containsExactly(5);
    }

    @Test
    void aBrokenDrlCopyIsReportedAtItsFileAndLine() throws RuleBaseException {
        Path rules = Copies.rules(dir);
        Path relay = rules.resolve("causes-relay.drl");
        int line = Copies.lineOf(relay, "$srv : OnPremisesServer( openRelay == true");
        Copies.replace(relay, "$srv : OnPremisesServer( openRelay == true", "$srv : OnPremisesServer( openRelay == ");
        CheckReport report = KnowledgeCheck.run(Workbench.open(rules));
        assertThat(report.clean()).isFalse();
        assertThat(report.findings()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(relay.toString());
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.level()).isEqualTo("error");
        });
        assertThat(AuthoringText.check(report)).contains(relay + ":" + line + ":");
    }

    @Test
    void aConclusionWrittenWithAPlainInsertIsAnErrorAtItsPosition() throws RuleBaseException {
        Path rules = Copies.rules(dir);
        Path plan = rules.resolve("plan.drl");
        String logical = "insertLogical( action(kcontext, \"request-unblock\"";
        int line = Copies.lineOf(plan, logical);
        Copies.replace(plan, logical, "insert( action(kcontext, \"request-unblock\"");
        CheckReport report = KnowledgeCheck.run(Workbench.open(rules));
        assertThat(report.findings()).filteredOn(p -> p.message().contains("insertLogical")).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(plan.toString());
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.level()).isEqualTo("error");
        });
    }

    @Test
    void aPlainInsertInACommentIsNoConclusion() {
        String drl = "rule \"r\" @id(\"r\")\nwhen\nthen\n    // not insert( x ) but\n    insertLogical( new Object() );\nend\n";
        assertThat(ConclusionCheck.read("r.drl", drl)).isEmpty();
    }

    @Test
    void anEvidenceKeyWithoutItsGermanTextIsReportedWhereTheRuleUsesIt() throws RuleBaseException {
        Path rules = Copies.rules(dir);
        Path relay = rules.resolve("causes-relay.drl");
        Copies.replace(relay, "\"server-open-relay\"", "\"server-relays-all\"");
        Copies.replace(rules.resolve("messages/en.yaml"), "  server-open-relay:", "  server-relays-all:");
        int line = Copies.lineOf(relay, "server-relays-all");
        CheckReport report = KnowledgeCheck.run(Workbench.open(rules));
        assertThat(report.findings()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(relay.toString());
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.level()).isEqualTo("error");
            assertThat(p.message()).isEqualTo("evidence 'server-relays-all' has no text in " + rules.resolve("messages/de.yaml")
                    + "; add evidence.server-relays-all there");
        });
    }

    @Test
    void anEvidenceTextWhosePlaceholdersAreNotTheRulesArgumentsIsReportedAtTheRule() throws RuleBaseException {
        Path rules = Copies.rules(dir);
        Path relay = rules.resolve("causes-relay.drl");
        Copies.replace(relay, "\"server-open-relay\", \"server\", $srv.name()", "\"server-open-relay\", \"host\", $srv.name()");
        int line = Copies.lineOf(relay, "\"host\"");
        CheckReport report = KnowledgeCheck.run(Workbench.open(rules));
        assertThat(report.findings()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(relay.toString());
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).startsWith("evidence 'server-open-relay' passes {host} but its text in "
                    + rules.resolve("messages/en.yaml") + ":").endsWith(" uses {server}; pass a value for each placeholder, by the same name");
        });
    }

    @Test
    void aFolderWithoutBundlesIsCheckedAgainstThePackagedTextsWithoutCallingThemUnused() throws Exception {
        Path rules = Copies.rules(dir);
        try (var files = java.nio.file.Files.walk(rules.resolve("messages"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Path relay = rules.resolve("causes-relay.drl");
        Copies.replace(relay, "\"server-open-relay\"", "\"server-relays-all\"");
        CheckReport report = KnowledgeCheck.run(Workbench.open(rules));
        assertThat(report.findings()).extracting(RuleProblem::message).containsExactlyInAnyOrder(
                "evidence 'server-relays-all' has no text in the packaged messages/en.yaml; add evidence.server-relays-all there",
                "evidence 'server-relays-all' has no text in the packaged messages/de.yaml; add evidence.server-relays-all there");
    }

    @Test
    void anEvidenceTextNoRuleUsesIsAWarningAtItsLine() throws RuleBaseException {
        Path rules = Copies.rules(dir);
        Path english = rules.resolve("messages/en.yaml");
        Copies.replace(english, "  tenant-trial:", "  tenant-on-trial: unused\n  tenant-trial:");
        Copies.replace(rules.resolve("messages/de.yaml"), "  tenant-trial:", "  tenant-on-trial: unbenutzt\n  tenant-trial:");
        CheckReport report = KnowledgeCheck.run(Workbench.open(rules));
        assertThat(report.findings()).singleElement().satisfies(p -> {
            assertThat(p.format()).isEqualTo(english + ":" + Copies.lineOf(english, "tenant-on-trial")
                    + ":3: warning: 'evidence.tenant-on-trial' is used by no rule; remove it, or state the evidence in a rule");
        });
    }

    @Test
    void aRuleWithoutCodesIsReportedAtItsRuleLine() throws RuleBaseException {
        Path rules = Copies.rules(dir);
        Path relay = rules.resolve("causes-relay.drl");
        Copies.replace(relay, "@id(\"cause-server-open-relay\") @codes(\"5.7.705 5.7.750\")", "@id(\"cause-server-open-relay\")");
        int line = Copies.lineOf(relay, "rule \"An open relay sending through Exchange Online\"");
        CheckReport report = KnowledgeCheck.run(Workbench.open(rules));
        assertThat(report.findings()).singleElement().satisfies(p -> {
            assertThat(p.format()).startsWith(relay + ":" + line + ":1: error: rule \"An open relay sending through Exchange Online\" has no @codes");
        });
    }

    @Test
    void codesNameADocumentedRangeButNotAWildcard() throws RuleBaseException {
        Path rules = Copies.rules(dir);
        Path relay = rules.resolve("causes-relay.drl");
        Copies.replace(relay, "@id(\"cause-server-open-relay\") @codes(\"5.7.705 5.7.750\")",
                "@id(\"cause-server-open-relay\") @codes(\"4.7.500-4.7.699 5.7.7xx\")");
        CheckReport report = KnowledgeCheck.run(Workbench.open(rules));
        assertThat(report.findings()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("@codes names '5.7.7xx', which is not an enhanced status code"));
    }

    @Test
    void aRuleWithoutItsOneLineCommentIsReported() throws RuleBaseException {
        Path rules = Copies.rules(dir);
        Path relay = rules.resolve("causes-relay.drl");
        Copies.replace(relay, "// An open relay that sends through Exchange Online passes anyone's spam into the tenant.\n", "\n");
        int line = Copies.lineOf(relay, "rule \"An open relay sending through Exchange Online\"");
        CheckReport report = KnowledgeCheck.run(Workbench.open(rules));
        assertThat(report.findings()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("one-line '// ...' comment");
        });
    }

    @Test
    void aCauseIdTheCatalogueLacksIsReportedWhereTheRuleNamesIt() throws RuleBaseException {
        Path rules = Copies.rules(dir);
        Path relay = rules.resolve("causes-relay.drl");
        Copies.replace(relay, "cause(kcontext, \"compromised-on-premises-server\", Confidence.CONFIRMED)",
                "cause(kcontext, \"compromised-on-premise-server\", Confidence.CONFIRMED)");
        int line = Copies.lineOf(relay, "compromised-on-premise-server");
        CheckReport report = KnowledgeCheck.run(Workbench.open(rules));
        assertThat(report.clean()).isFalse();
        assertThat(report.findings()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(relay.toString());
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isPositive();
            assertThat(p.message()).contains("names cause 'compromised-on-premise-server'")
                    .contains("did you mean 'compromised-on-premises-server'?");
        });
    }

    @Test
    void aCatalogueEntryNoRuleConcludesIsAWarningAtItsLine() throws RuleBaseException {
        Path rules = Copies.rules(dir);
        Path catalogue = rules.resolve("catalogue.yaml");
        Copies.replace(catalogue, "\nactions:\n", """

                  - id: shared-mailbox-abuse
                    title: A shared mailbox sends spam
                    summary: Nobody signs in to a shared mailbox, so nobody notices when it sends.
                    ndr: ["5.7.705"]

                actions:
                """);
        Copies.replace(rules.resolve("messages/de.yaml"), "\nactions:\n", """
                  shared-mailbox-abuse:
                    title: Ein freigegebenes Postfach versendet Spam
                    summary: Niemand meldet sich an einem freigegebenen Postfach an, also bemerkt niemand, wenn es sendet.

                actions:
                """);
        int line = Copies.lineOf(catalogue, "id: shared-mailbox-abuse");
        CheckReport report = KnowledgeCheck.run(Workbench.open(rules));
        assertThat(report.clean()).isTrue();
        assertThat(report.findings()).singleElement().satisfies(p -> {
            assertThat(p.format()).startsWith(catalogue + ":" + line + ":").contains(": warning: cause 'shared-mailbox-abuse' is not concluded by any rule");
        });
    }

    @Test
    void aMetadataKeyNamedLikeAFactTypeIsExplained() throws RuleBaseException {
        Path rules = Copies.rules(dir);
        Path relay = rules.resolve("causes-relay.drl");
        Copies.replace(relay, "@id(\"cause-server-open-relay\") @codes(\"5.7.705 5.7.750\")",
                "@id(\"cause-server-open-relay\") @codes(\"5.7.705 5.7.750\") @tenant(\"any\")");
        int line = Copies.lineOf(relay, "rule \"An open relay sending through Exchange Online\"");
        CheckReport report = KnowledgeCheck.run(Workbench.open(rules));
        assertThat(report.findings()).filteredOn(p -> p.line() == line && p.file().equals(relay.toString()))
                .extracting(RuleProblem::message)
                .anySatisfy(m -> assertThat(m).contains("the metadata key @tenant has the name of the fact type Tenant"));
    }

    @Test
    void aDuplicateIdIsReportedOnceAtTheSecondRule() throws RuleBaseException {
        Path rules = Copies.rules(dir);
        Path relay = rules.resolve("causes-relay.drl");
        Copies.replace(relay, "@id(\"cause-server-not-locked-down\")", "@id(\"cause-server-open-relay\")");
        int line = Copies.lineOf(relay, "rule \"A server relaying through Exchange Online that is not locked down\"");
        CheckReport report = KnowledgeCheck.run(Workbench.open(rules));
        assertThat(report.findings()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("is already used by rule \"An open relay sending through Exchange Online\"");
        });
    }

    @Test
    void theStrOperatorThatCrashesDrools10IsAnErrorAndEvalAWarning() throws RuleBaseException {
        Path rules = Copies.rules(dir);
        Path classify = rules.resolve("classify.drl");
        Copies.replace(classify, "$t : NdrTally( code == \"5.7.705\" )", "$t : NdrTally( code str[startsWith] \"5.7.705\" )");
        int line = Copies.lineOf(classify, "str[startsWith]");
        Path relay = rules.resolve("causes-relay.drl");
        Copies.replace(relay, "    $t : Tenant( hybrid == true )\n", "    $t : Tenant( hybrid == true )\n    eval( $t.name() != null )\n");
        int evalLine = Copies.lineOf(relay, "eval( $t.name() != null )");
        CheckReport report = KnowledgeCheck.run(Workbench.open(rules));
        assertThat(report.findings()).hasSize(2);
        assertThat(report.findings()).anySatisfy(p -> {
            assertThat(p.format()).startsWith(classify + ":" + line + ":5: error: ").contains("str[...] operators crash");
        });
        assertThat(report.findings()).anySatisfy(p -> {
            assertThat(p.format()).startsWith(relay + ":" + evalLine + ":5: warning: ").contains("eval(...) cannot use an index");
        });
    }
}
