package dev.ratecard.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The design's layering rules (DESIGN.md, "Data flow"), checked on the compiled classes of every module. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.ratecard");
    }

    @Test
    void onlyTheUiTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackage("dev.ratecard.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
                .because("the domain, store, reports and command line must run without a toolkit")
                .check(classes);
    }

    @Test
    void pricingAndScenariosDoNoInputOrOutput() {
        noClasses().that().resideInAnyPackage("dev.ratecard.pricing..", "dev.ratecard.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.io..", "java.nio.file..", "java.net..", "java.sql..", "org.sqlite..", "org.flywaydb..",
                        "com.fasterxml.jackson..", "org.apache.commons.csv..")
                .because("the engine is pure: it is given records and returns results, so it can be tested and re-run at will")
                .check(classes);
    }

    @Test
    void pricingAndScenariosKnowNothingOfTheLayersAboveThem() {
        noClasses().that().resideInAnyPackage("dev.ratecard.pricing..", "dev.ratecard.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.ratecard.store..", "dev.ratecard.ui..", "dev.ratecard.cli..", "dev.ratecard.report..",
                        "dev.ratecard.workspace..")
                .because("the engine sits below the store, the reports and both front ends")
                .check(classes);
    }

    @Test
    void pricingDoesNotDependOnScenarios() {
        noClasses().that().resideInAPackage("dev.ratecard.pricing..")
                .should().dependOnClassesThat().resideInAPackage("dev.ratecard.scenario..")
                .because("scenarios are built on prices, not the other way round")
                .check(classes);
    }

    @Test
    void chartScalesAndFormatsArePure() {
        noClasses().that().resideInAPackage("dev.ratecard.chart..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.io..", "java.nio.file..", "java.net..", "java.sql..", "com.fasterxml.jackson..",
                        "dev.ratecard.store..", "dev.ratecard.ui..", "dev.ratecard.cli..", "dev.ratecard.report..",
                        "dev.ratecard.workspace..")
                .because("the window and the PDF reports draw with the same scales, reductions and formats")
                .check(classes);
    }

    @Test
    void importersDependOnNoOtherModule() {
        noClasses().that().resideInAPackage("dev.ratecard.importers..")
                .should().dependOnClassesThat().resideInAPackage("dev.ratecard..")
                .andShould().dependOnClassesThat().resideOutsideOfPackages(
                        "dev.ratecard.importers..", "java..", "com.fasterxml.jackson..", "org.apache.commons.csv..")
                .because("importers turn files into records with Jackson and Commons CSV only")
                .check(classes);
    }

    @Test
    void reportsAndStoreDoNotReachIntoTheFrontEnds() {
        noClasses().that().resideInAnyPackage("dev.ratecard.report..", "dev.ratecard.store..", "dev.ratecard.workspace..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ratecard.ui..", "dev.ratecard.cli..")
                .because("the desktop app and the command line are two front ends over the same services")
                .check(classes);
    }

    @Test
    void theFrontEndsDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("dev.ratecard.ui..")
                .should().dependOnClassesThat().resideInAPackage("dev.ratecard.cli..")
                .because("the window and the command line share services, not each other")
                .check(classes);
    }

    @Test
    void workCrossesToTheFxThreadInOnePlace() {
        noClasses().that().doNotHaveFullyQualifiedName("dev.ratecard.ui.task.FxTaskExecutor")
                .and().doNotHaveFullyQualifiedName("dev.ratecard.ui.DesktopApp")
                .should().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
                .because("background work reaches the FX thread through the task executor's callbacks only (and the "
                        + "app class alone starts and stops the toolkit), so view models stay testable without one")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToTheTerminal() {
        noClasses().that().resideOutsideOfPackage("dev.ratecard.cli..")
                .should(ACCESS_STANDARD_STREAMS)
                .because("everything else reports through return values, issues and progress, never by printing")
                .check(classes);
    }

    @Test
    void appPackagesAreFreeOfCycles() {
        slices().matching("dev.ratecard.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void importerPackagesAreFreeOfCycles() {
        slices().matching("dev.ratecard.importers.(*)..").should().beFreeOfCycles().check(classes);
    }
}
