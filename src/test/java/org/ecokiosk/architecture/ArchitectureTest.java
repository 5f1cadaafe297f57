package org.ecokiosk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of DESIGN.md, held by a test from day one: lower packages never see JavaFX UI
 * or the packages above them, SQL stays in snapshot, and only the command line prints.
 */
class ArchitectureTest {
    private static final String BASE = "org.ecokiosk.";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ecokiosk");
    }

    private static String[] pkgs(String... names) {
        String[] out = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = BASE + names[i] + "..";
        }
        return out;
    }

    @Test
    void lowerLayersDoNotUseJavaFxUi() {
        noClasses().that().resideInAnyPackage(pkgs("standards", "model", "config", "audit", "snapshot", "ingest",
                        "charts", "report", "evaluation", "fleet"))
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "javafx.embed..", "javafx.collections..", "javafx.beans..",
                        "org.jfree.chart.fx..")
                .check(classes);
    }

    @Test
    void standardsModelAndConfigDependOnNothingInTheProject() {
        noClasses().that().resideInAnyPackage(pkgs("standards"))
                .should().dependOnClassesThat().resideInAnyPackage(pkgs("model", "config", "snapshot", "ingest",
                        "charts", "report", "evaluation", "kiosk", "admin", "cli"))
                .check(classes);
        noClasses().that().resideInAnyPackage(pkgs("model"))
                .should().dependOnClassesThat().resideInAnyPackage(pkgs("standards", "config", "snapshot", "ingest",
                        "charts", "report", "evaluation", "kiosk", "admin", "cli"))
                .check(classes);
        // audit stores the typed entries of model.audit (DESIGN.md: audit depends on model)
        noClasses().that().resideInAnyPackage(pkgs("audit"))
                .should().dependOnClassesThat().resideInAnyPackage(pkgs("standards", "config", "snapshot", "operations",
                        "ingest", "charts", "report", "evaluation", "kiosk", "admin", "cli"))
                .check(classes);
        noClasses().that().resideInAnyPackage(pkgs("config"))
                .should().dependOnClassesThat().resideInAnyPackage(pkgs("standards", "model", "snapshot", "ingest",
                        "charts", "report", "evaluation", "kiosk", "admin", "cli"))
                .check(classes);
    }

    @Test
    void eachLayerOnlyUsesTheLayersBelowIt() {
        ArchRule snapshot = noClasses().that().resideInAnyPackage(pkgs("snapshot"))
                .should().dependOnClassesThat().resideInAnyPackage(pkgs("ingest", "charts", "report", "evaluation", "kiosk",
                        "admin", "cli"));
        ArchRule ingest = noClasses().that().resideInAnyPackage(pkgs("ingest"))
                .should().dependOnClassesThat().resideInAnyPackage(pkgs("charts", "report", "kiosk", "admin", "cli"));
        ArchRule charts = noClasses().that().resideInAnyPackage(pkgs("charts"))
                .should().dependOnClassesThat().resideInAnyPackage(pkgs("snapshot", "ingest", "report", "evaluation", "kiosk",
                        "admin", "cli"));
        // evaluation: model and standards only (callers read the snapshot and pass plain records)
        ArchRule plan = noClasses().that().resideInAnyPackage(pkgs("evaluation"))
                .should().dependOnClassesThat().resideInAnyPackage(pkgs("snapshot", "ingest", "charts", "report",
                        "kiosk", "admin", "cli", "config", "audit", "fleet", "operations"));
        ArchRule report = noClasses().that().resideInAnyPackage(pkgs("report"))
                .should().dependOnClassesThat().resideInAnyPackage(pkgs("ingest", "kiosk", "admin", "cli"));
        ArchRule kiosk = noClasses().that().resideInAnyPackage(pkgs("kiosk"))
                .should().dependOnClassesThat().resideInAnyPackage(pkgs("ingest", "report", "audit", "admin", "cli"));
        ArchRule fleet = noClasses().that().resideInAnyPackage(pkgs("fleet"))
                .should().dependOnClassesThat().resideInAnyPackage(pkgs("standards", "ingest", "charts", "report", "evaluation",
                        "kiosk", "admin", "cli", "operations"));
        // admin is a view over operations: it uses what the kiosk may use, never ingest, report or audit itself
        ArchRule admin = noClasses().that().resideInAnyPackage(pkgs("admin"))
                .should().dependOnClassesThat().resideInAnyPackage(pkgs("cli", "ingest", "report", "audit"));
        ArchRule kioskSeesNoOperations = noClasses().that().resideInAnyPackage(pkgs("kiosk"))
                .should().dependOnClassesThat().resideInAnyPackage(pkgs("operations"));
        for (ArchRule rule : new ArchRule[] {snapshot, ingest, charts, plan, report, kiosk, fleet, admin,
                kioskSeesNoOperations}) {
            rule.check(classes);
        }
    }

    @Test
    void sqlStaysInTheSnapshotPackage() {
        noClasses().that().resideOutsideOfPackage(BASE + "snapshot..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLinePrints() {
        noClasses().that().resideOutsideOfPackage(BASE + "cli..")
                // FirstFrame's one line is the start-up benchmark's protocol with its parent process
                .and().haveNameNotMatching("org\\.ecokiosk\\.kiosk\\.FirstFrame.*")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .check(classes);
    }
}
