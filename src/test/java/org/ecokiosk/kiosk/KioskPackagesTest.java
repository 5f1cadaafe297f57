package org.ecokiosk.kiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kiosk's own layers: no cycle between its sub-packages; the shell knows screens only as
 * the {@code Screen} interface it defines (the assembly registers them); widgets take plain
 * records and know neither view models, screens nor the shell, so any screen can compose them.
 */
class KioskPackagesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ecokiosk.kiosk");
    }

    @Test
    void noCycleBetweenKioskSubPackages() {
        slices().matching("org.ecokiosk.kiosk.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theShellNeverImportsScreens() {
        noClasses().that().resideInAPackage("org.ecokiosk.kiosk.shell..")
                .should().dependOnClassesThat().resideInAPackage("org.ecokiosk.kiosk.screens..")
                .check(classes);
    }

    @Test
    void widgetsStandOnPlainRecords() {
        noClasses().that().resideInAPackage("org.ecokiosk.kiosk.widgets..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ecokiosk.kiosk.viewmodel..",
                        "org.ecokiosk.kiosk.screens..", "org.ecokiosk.kiosk.shell..", "org.ecokiosk.kiosk.session..",
                        "org.ecokiosk.snapshot..")
                .check(classes);
    }
}
