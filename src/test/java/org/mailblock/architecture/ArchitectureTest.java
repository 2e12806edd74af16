package org.mailblock.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the house docs/architecture.md describes. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mailblock");
    }

    @Test
    void theRolePackagesDependOnEachOtherWithoutCycles() {
        slices().matching("org.mailblock.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void thePartsOfTheEngineDependOnEachOtherWithoutCycles() {
        slices().matching("org.mailblock.engine.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void thePartsOfTheImportDependOnEachOtherWithoutCycles() {
        slices().matching("org.mailblock.ingest.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheEngineKnowsDrools() {
        noClasses().that().resideOutsideOfPackage("org.mailblock.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..")
                .check(classes);
    }

    @Test
    void theInputAndOutputModelsKnowNothingOfTheRestOfMailblock() {
        noClasses().that().resideInAnyPackage("org.mailblock.facts..", "org.mailblock.diagnosis..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mailblock.engine..", "org.mailblock.load..",
                        "org.mailblock.report..", "org.mailblock.cli..", "org.mailblock.ingest..", "org.mailblock.i18n..",
                        "org.mailblock.authoring..", "org.mailblock.batch..", "org.mailblock.expect..")
                .check(classes);
    }

    @Test
    void theRunningEngineDoesNotDependOnTheAuthorsInspection() {
        noClasses().that().resideInAnyPackage("org.mailblock.engine.session..", "org.mailblock.engine.rulebase..",
                        "org.mailblock.engine.kb..")
                .should().dependOnClassesThat().resideInAPackage("org.mailblock.engine.inspect..")
                .check(classes);
    }

    @Test
    void theVocabularyOfTheRulesDependsOnNoOtherPartOfTheEngine() {
        noClasses().that().resideInAPackage("org.mailblock.engine.kb..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mailblock.engine.session..",
                        "org.mailblock.engine.rulebase..", "org.mailblock.engine.inspect..")
                .check(classes);
    }

    @Test
    void nothingButTheCommandLineDependsOnIt() {
        noClasses().that().resideOutsideOfPackage("org.mailblock.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.mailblock.cli..")
                .check(classes);
    }

    @Test
    void nothingButTheCommandLineDependsOnTheService() {
        noClasses().that().resideOutsideOfPackages("org.mailblock.cli..", "org.mailblock.serve..")
                .should().dependOnClassesThat().resideInAPackage("org.mailblock.serve..")
                .check(classes);
    }

    @Test
    void theServiceUsesTheEngineThroughItsPublicApiAsTheCommandLineDoes() {
        noClasses().that().resideInAPackage("org.mailblock.serve..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mailblock.engine.session..", "org.mailblock.engine.rulebase..",
                        "org.mailblock.engine.kb..", "org.mailblock.engine.inspect..", "org.mailblock.cli..")
                .check(classes);
    }

    @Test
    void bouncesAndExportsAreReadApart() {
        noClasses().that().resideInAPackage("org.mailblock.ingest.bounce..")
                .should().dependOnClassesThat().resideInAPackage("org.mailblock.ingest.export..").check(classes);
        noClasses().that().resideInAPackage("org.mailblock.ingest.export..")
                .should().dependOnClassesThat().resideInAPackage("org.mailblock.ingest.bounce..").check(classes);
    }
}
