package org.ecokiosk.admin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.audit.AuditEntry;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.imports.ImportKind;
import org.ecokiosk.ingest.imports.ImportOutcome;
import org.ecokiosk.ingest.imports.Publisher;
import org.ecokiosk.report.BuiltReport;
import org.ecokiosk.report.ReportKind;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.snapshot.TestSnapshots;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Admin mode's work without a UI: reports, import into a candidate, publish, rollback, audit. */
class AdminActionsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static Path contentSnapshot;

    @TempDir
    Path dir;
    private SnapshotStore store;
    private AdminActions actions;

    @BeforeAll
    static void buildSnapshot(@TempDir Path shared) throws Exception {
        contentSnapshot = TestSnapshots.fromContent(shared);
    }

    @BeforeEach
    void publishContent() throws Exception {
        store = new SnapshotStore(dir.resolve("var/snapshots"));
        store.publish(contentSnapshot, 5);
        KioskConfig config = KioskConfig.loadOrDefaults(dir.resolve("none.properties"))
                .withSnapshotStore(dir.resolve("var/snapshots"));
        config = new KioskConfig(config.file(), "test-kiosk", config.snapshotStore(), Fixtures.content(),
                config.idleSeconds(), "zh", "", 5, 5, config.screenOrder(), false, dir.resolve("var"), List.of());
        actions = new AdminActions(config, dir.resolve("reports"), Optional.empty(), CLOCK);
    }

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private List<AuditEntry> audit() throws Exception {
        return actions.recentAudit(50);
    }

    @Test
    void yearsComeFromTheSnapshotAndTheDefaultIsTheLastFullYear() throws Exception {
        ReportYears years = actions.reportYears();
        assertTrue(years.years().contains(2020) && years.years().contains(2025), years.toString());
        assertEquals(2025, years.defaultYear(), "in March 2026 the last full year is 2025");
    }

    @Test
    void aReportIsBuiltFromThePublishedSnapshotAndLogged() throws Exception {
        BuiltReport built = actions.buildReport(ReportKind.PLAN_PROGRESS, 2025);
        assertTrue(Files.isRegularFile(built.pdf()));
        assertEquals(dir.resolve("reports/2025-plan-progress.pdf"), built.pdf());
        assertEquals(64, built.sha256().length());
        AuditEntry entry = audit().get(0);
        assertEquals("report", entry.action());
        assertEquals("admin@test-kiosk", entry.who());
        assertEquals("ok", entry.outcome());
        assertTrue(entry.detail().contains(built.sha256()), entry.detail());
        assertEquals(actions.reportYears().years().isEmpty() ? "" : entry.hashBefore(), entry.hashAfter());
        assertFalse(entry.hashBefore().isEmpty(), "the snapshot the report was built from");
    }

    @Test
    void aDisclosureYearWithoutInputIsRefusedWithTheMissingFileNamed() throws Exception {
        ImportFailedException refused = assertThrows(ImportFailedException.class,
                () -> actions.buildReport(ReportKind.DISCLOSURE, 2021));
        assertTrue(refused.problems().stream().anyMatch(p -> p.file().endsWith("2021.csv")), refused.getMessage());
        assertEquals("rejected", audit().get(0).outcome());
    }

    @Test
    void pdfPagesRenderForThePreview() throws Exception {
        BuiltReport built = actions.buildReport(ReportKind.PLAN_PROGRESS, 2025);
        PdfPages.Rendered rendered = PdfPages.render(built.pdf(), page -> { });
        assertTrue(rendered.totalPages() >= 1);
        assertEquals(Math.min(rendered.totalPages(), PdfPages.MAX_PAGES), rendered.pages().size());
        assertTrue(rendered.pages().get(0).getWidth() > 300, "A4 at 60 dpi is about 500 px wide");
    }

    @Test
    void importGoesIntoACandidateThenPublishAndRollbackAreLogged() throws Exception {
        Path published = store.current().orElseThrow();
        byte[] publishedBytes = Files.readAllBytes(published);
        ImportOutcome done = actions.importFiles(ImportKind.GREEN, List.of(file("green.csv",
                "code,name_zh,name_en,year,value,unit\nforest-cover,森林覆盖率,Forest cover,2025,33.1,%\n")));
        assertEquals(1, done.rows());
        assertEquals(actions.candidateFile(), done.snapshot());
        assertArrayEquals(publishedBytes, Files.readAllBytes(published), "the published file is never edited");
        assertEquals(published, store.current().orElseThrow(), "importing does not publish");

        Publisher.Switch publish = actions.publishCandidate();
        assertEquals(done.hashAfter(), publish.hashAfter());
        assertEquals(publish.to(), store.current().orElseThrow());
        assertTrue(actions.candidate().isEmpty(), "after publishing, the next import starts from what kiosks show");

        Publisher.Switch back = actions.rollback();
        assertEquals(published.getFileName(), back.to().getFileName());
        assertEquals(publish.hashBefore(), back.hashAfter());

        List<String> actionsLogged = audit().stream().map(e -> e.action() + ":" + e.outcome()).toList();
        assertEquals(List.of("rollback:ok", "publish:ok", "import:ok"), actionsLogged);
        AuditEntry publishEntry = audit().get(1);
        assertEquals(publish.hashBefore(), publishEntry.hashBefore());
        assertEquals(publish.hashAfter(), publishEntry.hashAfter());
    }

    @Test
    void aBadFileChangesNothingAndEveryProblemHasItsLine() throws Exception {
        ImportFailedException refused = assertThrows(ImportFailedException.class, () -> actions.importFiles(
                ImportKind.GREEN, List.of(file("green.csv", "code,name_zh,name_en,year,value,unit\n"
                        + "forest-cover,森林覆盖率,Forest cover,2025,-3,%\nforest-cover,森林覆盖率,Forest cover,20x5,1,%\n"))));
        assertTrue(refused.problems().size() >= 2, refused.getMessage());
        assertTrue(refused.problems().stream().map(Problem::line).toList().containsAll(List.of(2, 3)),
                refused.getMessage());
        assertEquals("import:rejected", audit().get(0).action() + ":" + audit().get(0).outcome());
        assertThrows(org.ecokiosk.snapshot.SnapshotException.class, () -> {
            actions.discardCandidate();
            actions.publishCandidate();
        }, "nothing imported, nothing to publish");
    }

    @Test
    void sessionsAreLoggedAndRollbackWithoutHistoryIsRefused() throws Exception {
        actions.sessionStarted("kiosk");
        assertThrows(org.ecokiosk.snapshot.SnapshotException.class, actions::rollback);
        actions.sessionEnded("back to kiosk");
        List<String> logged = audit().stream().map(e -> e.action() + ":" + e.outcome()).toList();
        assertEquals(List.of("admin-leave:ok", "rollback:rejected", "admin-enter:ok"), logged);
    }
}
