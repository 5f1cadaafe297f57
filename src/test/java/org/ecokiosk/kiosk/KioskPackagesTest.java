package org.ecokiosk.kiosk;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.ecokiosk.kiosk.widgets.FileReadingWidgetExample;
import org.ecokiosk.kiosk.widgets.ResourceReadingWidgetExample;
import org.ecokiosk.model.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kiosk's own layers (that its sub-packages have no cycle is one rule of ArchitectureTest,
 * beside the top-level cycle rule): the shell knows screens only as
 * the {@code Screen} interface it defines (the assembly registers them); widgets know neither
 * screens nor the shell nor SQL, so any screen can compose them; no screen picks a text by language;
 * what runs on the FX thread reads no file, database or network.
 */
class KioskPackagesTest {
    /**
     * Screens, widgets and the shell run on the FX thread (constructors, listeners, event handlers):
     * a file, a resource in the jar, a database, the network or an image file read there freezes every touch until it
     * is done. Data comes through a view model read on the session's reader thread.
     */
    static final ArchRule FX_SIDE_READS_NO_FILE_DATABASE_OR_NETWORK = noClasses()
            .that().resideInAnyPackage("org.ecokiosk.kiosk.screens..", "org.ecokiosk.kiosk.widgets..",
                    "org.ecokiosk.kiosk.shell..")
            .should().dependOnClassesThat(resideInAnyPackage("java.nio.file..", "java.nio.channels..", "java.sql..",
                    "javax.sql..", "org.sqlite..", "java.net.http..", "javax.imageio..")
                    .or(belongToAnyOf(java.io.File.class, java.io.FileInputStream.class, java.io.FileOutputStream.class,
                            java.io.FileReader.class, java.io.FileWriter.class, java.io.RandomAccessFile.class,
                            java.net.URLConnection.class, java.net.Socket.class))
                    .as("read files, databases or the network"))
            // a resource is a file in the jar: reading one (a stylesheet, a font) is I/O too; its URL is not
            .orShould().callMethod(Class.class, "getResourceAsStream", String.class)
            .orShould().callMethod(ClassLoader.class, "getResourceAsStream", String.class)
            .orShould().callMethod(java.net.URL.class, "openStream")
            .because("blocking work on the FX thread freezes the kiosk; reads belong on the session's reader thread");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ecokiosk.kiosk");
    }

    @Test
    void theShellNeverImportsScreens() {
        noClasses().that().resideInAPackage("org.ecokiosk.kiosk.shell..")
                .should().dependOnClassesThat().resideInAPackage("org.ecokiosk.kiosk.screens..")
                .check(classes);
    }

    @Test
    void widgetsKnowNeitherScreensNorTheShellNorSql() {
        noClasses().that().resideInAPackage("org.ecokiosk.kiosk.widgets..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ecokiosk.kiosk.screens..",
                        "org.ecokiosk.kiosk.shell..", "org.ecokiosk.kiosk.session..", "org.ecokiosk.snapshot..")
                .check(classes);
    }

    @Test
    void whatRunsOnTheFxThreadReadsNoFileDatabaseOrNetwork() {
        FX_SIDE_READS_NO_FILE_DATABASE_OR_NETWORK.check(classes);
    }

    @Test
    void theFxThreadRuleCatchesAWidgetThatReadsAFile() {
        JavaClasses offender = new ClassFileImporter().importClasses(FileReadingWidgetExample.class);
        assertThrows(AssertionError.class, () -> FX_SIDE_READS_NO_FILE_DATABASE_OR_NETWORK.check(offender));
    }

    @Test
    void theFxThreadRuleCatchesAWidgetThatReadsAResourceFromTheJar() {
        JavaClasses offender = new ClassFileImporter().importClasses(ResourceReadingWidgetExample.class);
        assertThrows(AssertionError.class, () -> FX_SIDE_READS_NO_FILE_DATABASE_OR_NETWORK.check(offender));
    }

    /**
     * One way to say a thing in two languages: UI text from the bundles, bilingual data through
     * {@code LocalizedText.in(language)} (the standards' words via {@code i18n.StandardTexts}).
     * A screen, widget or the shell that names a language or calls a {@code ...Zh()} / {@code ...En()}
     * accessor is choosing a string by language itself.
     */
    @Test
    void screensWidgetsAndTheShellNeverPickAStringByLanguage() {
        noClasses().that().resideInAnyPackage("org.ecokiosk.kiosk.screens..", "org.ecokiosk.kiosk.widgets..",
                        "org.ecokiosk.kiosk.shell..")
                .should().accessField(Language.class, "ZH").orShould().accessField(Language.class, "EN")
                .orShould().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.nameMatching(".+(Zh|En)")))
                .because("bilingual texts are said with LocalizedText.in(language), UI texts come from the bundles")
                .check(classes);
    }
}
