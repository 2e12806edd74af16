package org.mailblock.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBaseCompilerTest {

    @TempDir
    Path dir;

    @Test
    void packagedRulesCompileAndEveryRuleHasAnIdAndCodes() throws RuleBaseException {
        DiagnosisEngine engine = DiagnosisEngine.builder().build();
        assertThat(engine.rules()).hasSizeGreaterThan(40);
        assertThat(engine.rules()).allSatisfy(r -> {
            assertThat(r.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(r.file()).startsWith("rules/").endsWith(".drl");
            assertThat(r.line()).isPositive();
        });
        assertThat(engine.info().rulesHash()).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void theProjectFolderAndThePackagedCopyHaveTheSameHash() throws RuleBaseException {
        String packaged = DiagnosisEngine.builder().build().info().rulesHash();
        String folder = DiagnosisEngine.builder().rulesDirectory(RuleFolders.PROJECT_RULES).build().info().rulesHash();
        assertThat(folder).isEqualTo(packaged);
    }

    @Test
    void aSyntaxErrorIsReportedWithFileLineAndColumn() throws IOException {
        Path rules = RuleFolders.copyOfProjectRules(dir);
        Files.writeString(rules.resolve("broken.drl"), """
                package mailblock;
                import org.mailblock.facts.*;

                rule "Broken" @id("broken")
                when
                    Tenant( name == )
                then
                end
                """);
        assertThatThrownBy(() -> DiagnosisEngine.builder().rulesDirectory(rules).build())
                .isInstanceOfSatisfying(RuleBaseException.class, e -> {
                    assertThat(e.problems()).isNotEmpty();
                    RuleProblem p = e.problems().get(0);
                    assertThat(p.file()).isEqualTo(rules.resolve("broken.drl").toString());
                    assertThat(p.line()).isEqualTo(6);
                    assertThat(p.column()).isEqualTo(21);
                    assertThat(p.format()).startsWith(rules.resolve("broken.drl") + ":6:21: error: ");
                });
    }

    @Test
    void anUnknownFieldIsReportedAtItsLine() throws IOException {
        Path rules = RuleFolders.copyOfProjectRules(dir);
        Files.writeString(rules.resolve("typo.drl"), """
                package mailblock;
                import org.mailblock.facts.*;

                rule "Typo" @id("typo")
                when
                    Tenant( nmae == "x" )
                then
                end
                """);
        assertThatThrownBy(() -> DiagnosisEngine.builder().rulesDirectory(rules).build())
                .isInstanceOfSatisfying(RuleBaseException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).endsWith("typo.drl");
                            assertThat(p.line()).isEqualTo(6);
                            assertThat(p.message()).contains("nmae");
                        }));
    }

    @Test
    void everyBrokenFileIsReportedInOneBuild() throws IOException {
        Path rules = RuleFolders.copyOfProjectRules(dir);
        Files.writeString(rules.resolve("a.drl"), "package mailblock;\nrule \"A\" @id(\"a\")\nwhen\n    Nothing( )\nthen\nend\n");
        Files.writeString(rules.resolve("b.drl"), "package mailblock;\nrule \"B\" @id(\"b\")\nwhen\n    Nothing( )\nthen\nend\n");
        assertThatThrownBy(() -> DiagnosisEngine.builder().rulesDirectory(rules).build())
                .isInstanceOfSatisfying(RuleBaseException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::file).anyMatch(f -> f.endsWith("a.drl")).anyMatch(f -> f.endsWith("b.drl")));
    }

    @Test
    void aMetadataKeyNamedLikeAFactTypeNoLongerHidesIt() throws Exception {
        // classic DRL compilation looked the key @ndr up as a class and lost the fact type Ndr; the executable model does not
        Path rules = RuleFolders.catalogueAnd(dir, "hidden.drl", """
                package mailblock;
                import org.mailblock.facts.*;

                rule "Hidden" @id("hidden") @ndr("5.7.705")
                when
                    Ndr( code == "5.7.705" )
                then
                end
                """);
        DiagnosisEngine engine = DiagnosisEngine.builder().rulesDirectory(rules).build();
        assertThat(engine.rules()).extracting(RuleInfo::id).containsExactly("hidden");
    }

    @Test
    void aRuleWithoutIdIsRefused() throws IOException {
        Path rules = RuleFolders.catalogueAnd(dir, "noid.drl", """
                package mailblock;
                import org.mailblock.facts.*;

                rule "No id"
                when
                    Tenant( )
                then
                end
                """);
        assertThatThrownBy(() -> DiagnosisEngine.builder().rulesDirectory(rules).build())
                .isInstanceOfSatisfying(RuleBaseException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).format()).isEqualTo(rules.resolve("noid.drl")
                            + ":4: error: rule \"No id\" needs a stable kebab-case @id(\"...\"); reports and tests refer to rules by it");
                });
    }

    @Test
    void twoRulesWithOneIdAreRefused() throws IOException {
        Path rules = RuleFolders.catalogueAnd(dir, "twins.drl", """
                package mailblock;
                import org.mailblock.facts.*;

                rule "First" @id("twin")
                when
                    Tenant( )
                then
                end

                rule "Second" @id("twin")
                when
                    Tenant( )
                then
                end
                """);
        assertThatThrownBy(() -> DiagnosisEngine.builder().rulesDirectory(rules).build())
                .isInstanceOfSatisfying(RuleBaseException.class, e -> assertThat(e.problems().get(0).message())
                        .contains("@id(\"twin\") is already used by rule \"First\""));
    }

    @Test
    void aMissingFolderIsReported() {
        assertThatThrownBy(() -> DiagnosisEngine.builder().rulesDirectory(dir.resolve("nowhere")).build())
                .isInstanceOfSatisfying(RuleBaseException.class, e -> assertThat(e.getMessage()).contains("no such folder"));
    }

    @Test
    void aFolderWithoutCatalogueIsReported() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("a.drl"), "package mailblock;\n");
        assertThatThrownBy(() -> DiagnosisEngine.builder().rulesDirectory(rules).build())
                .isInstanceOfSatisfying(RuleBaseException.class, e -> assertThat(e.getMessage())
                        .contains("catalogue.yaml: error: missing"));
    }

    @Test
    void aCatalogueTypoIsReportedWithItsLine() throws IOException {
        Path rules = RuleFolders.copyOfProjectRules(dir);
        String catalogue = Files.readString(rules.resolve("catalogue.yaml"));
        Files.writeString(rules.resolve("catalogue.yaml"), catalogue.replaceFirst("    summary: >-", "    sumary: >-"));
        assertThatThrownBy(() -> DiagnosisEngine.builder().rulesDirectory(rules).build())
                .isInstanceOfSatisfying(RuleBaseException.class, e -> {
                    RuleProblem p = e.problems().get(0);
                    assertThat(p.file()).endsWith("catalogue.yaml");
                    assertThat(p.line()).isPositive();
                    assertThat(p.message()).contains("unknown key 'sumary'");
                });
    }

    @Test
    void twoActionsAtTheSamePlaceInThePlanAreRefused() throws IOException {
        Path rules = RuleFolders.copyOfProjectRules(dir);
        String catalogue = Files.readString(rules.resolve("catalogue.yaml"));
        Files.writeString(rules.resolve("catalogue.yaml"), catalogue.replace("order: 20", "order: 10"));
        assertThatThrownBy(() -> DiagnosisEngine.builder().rulesDirectory(rules).build())
                .isInstanceOfSatisfying(RuleBaseException.class, e -> assertThat(e.getMessage())
                        .contains("action 'enable-admin-mfa' has order 10, like action 'register-sending-domains'"));
    }
}
