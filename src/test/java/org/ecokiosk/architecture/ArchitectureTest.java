package org.ecokiosk.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rules of docs/DESIGN.md. Who may depend on whom is an allow-list read from the design's
 * package table, so the table and the code cannot drift apart: a package the table does not
 * name may depend on no other package of ours until a row says where it stands.
 */
class ArchitectureTest {
    private static final String BASE = "org.ecokiosk";
    private static final String[] UI_LAYERS = {BASE + ".kiosk..", BASE + ".admin..", BASE + ".cli.."};
    /** JavaFX's UI: what view models must not touch (properties and tasks are theirs to use). */
    private static final String[] JAVAFX_UI = {"javafx.scene..", "javafx.stage..", "javafx.embed..", "javafx.fxml..",
            "javafx.print..", "org.jfree.chart.fx.."};
    private static JavaClasses classes;
    private static DesignPackageTable design;

    @BeforeAll
    static void importClasses() throws Exception {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
        design = DesignPackageTable.read();
    }

    /** The top-level packages below org.ecokiosk that hold classes; "" for classes in org.ecokiosk itself. */
    private static Set<String> packagesInTheCode() {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : classes) {
            String pkg = c.getPackageName();
            found.add(pkg.equals(BASE) ? "" : pkg.substring(BASE.length() + 1).split("\\.")[0]);
        }
        return found;
    }

    @TestFactory
    Stream<DynamicTest> eachPackageDependsOnlyOnWhatTheDesignTableAllows() {
        Set<String> all = new TreeSet<>(packagesInTheCode());
        all.addAll(design.packages());
        return all.stream().map(pkg -> {
            Optional<DesignPackageTable.Row> listed = design.row(pkg);
            DesignPackageTable.Row row = listed.orElse(DesignPackageTable.Row.unlisted(pkg));
            String name = pkg.isEmpty() ? "classes in " + BASE + " itself" : pkg;
            String allowed = row.mayUseEverything() ? "everything"
                    : row.mayUse().isEmpty() ? "nothing" : String.join(", ", row.mayUse());
            String title = name + " may depend on " + allowed
                    + (listed.isPresent() ? "" : " (it has no row in " + DesignPackageTable.DESIGN + ")");
            return DynamicTest.dynamicTest(title, () -> {
                if (!row.mayUseEverything()) {
                    allowListRule(pkg, row.mayUse()).because(DesignPackageTable.DESIGN + " says: " + title).check(classes);
                }
            });
        });
    }

    /** No class of {@code pkg} depends on a class of ours outside {@code pkg} and {@code mayUse}. */
    private static ArchRule allowListRule(String pkg, List<String> mayUse) {
        List<String> own = new ArrayList<>();
        if (!pkg.isEmpty()) {
            own.add(BASE + "." + pkg + "..");
        }
        mayUse.forEach(p -> own.add(BASE + "." + p + ".."));
        DescribedPredicate<JavaClass> forbidden = resideInAPackage(BASE + "..")
                .and(DescribedPredicate.not(resideInAnyPackage(own.toArray(String[]::new))))
                .as("reside in " + BASE + ".." + (own.isEmpty() ? "" : " but not in " + String.join(", ", own)));
        return noClasses().that().resideInAPackage(pkg.isEmpty() ? BASE : BASE + "." + pkg + "..")
                .should().dependOnClassesThat(forbidden)
                .allowEmptyShould(true);
    }

    @Test
    void theDesignTableIsReadAsWritten() {
        assertTrue(design.row("cli").orElseThrow().mayUseEverything());
        assertEquals(List.of(), design.row("standards").orElseThrow().mayUse());
        assertEquals(List.of("model", "snapshot", "config", "audit", "ingest"), design.row("fleet").orElseThrow().mayUse());
        assertTrue(design.packages().containsAll(List.of("evaluation", "operations", "kiosk", "admin")));
        // a typo in a dependency is an error, not a package that silently may use nothing
        assertThrows(IllegalStateException.class, () -> DesignPackageTable.parse(List.of(
                "## Packages (base `org.ecokiosk`) and who may depend on whom", "",
                "| package | what | may depend on |", "| --- | --- | --- |",
                "| `model/` | records | nothing |", "| `audit/` | the log | modle |")));
    }

    @Test
    void theAllowListRuleCatchesADependencyOutsideTheList() {
        // the kiosk uses more than the model: with "model" as its whole list, the rule must object
        assertTrue(allowListRule("kiosk", List.of("model")).evaluate(classes).hasViolation());
        assertTrue(allowListRule("", List.of()).evaluate(classes).getFailureReport().isEmpty());
    }

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void kioskSubPackagesAreFreeOfCycles() {
        slices().matching(BASE + ".kiosk.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void viewModelsTouchNoJavaFxUi() {
        noClasses().that().resideInAPackage(BASE + ".kiosk.viewmodel..")
                .should().dependOnClassesThat().resideInAnyPackage(JAVAFX_UI)
                .because("view models are tested without a UI (docs/DESIGN.md)")
                .check(classes);
    }

    @Test
    void nothingBelowKioskAdminAndCliUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages(UI_LAYERS)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..")
                .check(classes);
    }

    @Test
    void sqlStaysInTheSnapshotPackage() {
        noClasses().that().resideOutsideOfPackage(BASE + ".snapshot..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLinePrints() {
        noClasses().that().resideOutsideOfPackage(BASE + ".cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .check(classes);
    }
}
