package org.ecokiosk.operations;

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
import org.ecokiosk.audit.AuditLog;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.model.audit.Actor;
import org.ecokiosk.model.audit.AuditAction;
import org.ecokiosk.model.audit.AuditEntry;
import org.ecokiosk.model.audit.AuditOutcome;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.snapshot.TestSnapshots;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Admin mode's work without a UI: reports, import into a candidate, publish, rollback, audit. */
class AdminOperationsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static Path contentSnapshot;

    @TempDir
    Path dir;
    private SnapshotStore store;
    private static final Actor ACTOR = new Actor("officer", "test-kiosk", "test-host", Optional.empty());
    private AdminOperations actions;

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
        actions = new AdminOperations(config, dir.resolve("reports"), Optional.empty(),
                new AuditTrail(AuditLog.besideStore(config.snapshotStore()), ACTOR, CLOCK));
    }

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private List<AuditEntry> audit() throws Exception {
        return actions.recentAudit(50);
    }

    private List<String> logged() throws Exception {
        return audit().stream().map(e -> e.action().code() + ":" + e.outcome().code()).toList();
    }

    private static ImportChoice kind(String code) {
        return ImportChoice.all().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void yearsComeFromTheSnapshotAndTheDefaultIsTheLastFullYear() throws Exception {
        ReportYears years = actions.reportYears();
        assertTrue(years.years().contains(2020) && years.years().contains(2025), years.toString());
        assertEquals(2025, years.defaultYear(), "in December 2026 the last full year is 2025");
    }

    @Test
    void aReportIsBuiltFromThePublishedSnapshotAndLogged() throws Exception {
        ReportResult built = actions.buildReport("plan-progress", 2025);
        assertTrue(Files.isRegularFile(built.pdf()));
        assertEquals(dir.resolve("reports/2025-plan-progress.pdf"), built.pdf());
        assertEquals(64, built.sha256().length());
        assertEquals(1, audit().size(), "one entry for one report");
        AuditEntry entry = audit().get(0);
        assertEquals(AuditAction.REPORT, entry.action());
        assertEquals(ACTOR, entry.actor());
        assertEquals(CLOCK.instant(), entry.time(), "the time comes from the injected clock");
        assertEquals(AuditOutcome.OK, entry.outcome());
        assertEquals("plan-progress", entry.kind());
        assertEquals(java.util.Map.of("year", 2025), entry.counts());
        assertTrue(entry.detail().contains(built.sha256()), entry.detail());
        assertEquals(actions.reportYears().years().isEmpty() ? "" : entry.hashBefore(), entry.hashAfter());
        assertFalse(entry.hashBefore().isEmpty(), "the snapshot the report was built from");
    }

    @Test
    void aDisclosureYearWithoutInputIsRefusedWithTheMissingFileNamed() throws Exception {
        ImportFailedException refused = assertThrows(ImportFailedException.class,
                () -> actions.buildReport("disclosure", 2021));
        assertTrue(refused.problems().stream().anyMatch(p -> p.file().endsWith("2021.csv")), refused.getMessage());
        assertEquals(List.of("report:rejected"), logged());
        assertEquals(java.util.Map.of("year", 2021, "problems", refused.problems().size()), audit().get(0).counts());
    }

    @Test
    void importGoesIntoACandidateThenPublishAndRollbackAreLogged() throws Exception {
        Path published = store.current().orElseThrow();
        byte[] publishedBytes = Files.readAllBytes(published);
        ImportResult done = actions.importFiles(kind("green"), List.of(file("green.csv",
                "code,name_zh,name_en,year,value,unit\nforest-cover,森林覆盖率,Forest cover,2025,33.1,%\n")));
        assertEquals(1, done.rows());
        assertEquals(actions.candidateFile(), done.snapshot());
        assertArrayEquals(publishedBytes, Files.readAllBytes(published), "the published file is never edited");
        assertEquals(published, store.current().orElseThrow(), "importing does not publish");

        SnapshotSwitch publish = actions.publishCandidate();
        assertEquals(done.hashAfter(), publish.hashAfter());
        assertEquals(publish.to(), store.current().orElseThrow());
        assertTrue(actions.candidate().isEmpty(), "after publishing, the next import starts from what kiosks show");

        SnapshotSwitch back = actions.rollback();
        assertEquals(published.getFileName(), back.to().getFileName());
        assertEquals(publish.hashBefore(), back.hashAfter());

        assertEquals(List.of("rollback:ok", "publish:ok", "import:ok"), logged());
        AuditEntry publishEntry = audit().get(1);
        assertEquals(publish.hashBefore(), publishEntry.hashBefore());
        assertEquals(publish.hashAfter(), publishEntry.hashAfter());
    }

    @Test
    void aBadFileChangesNothingAndEveryProblemHasItsLine() throws Exception {
        ImportFailedException refused = assertThrows(ImportFailedException.class, () -> actions.importFiles(
                kind("green"), List.of(file("green.csv", "code,name_zh,name_en,year,value,unit\n"
                        + "forest-cover,森林覆盖率,Forest cover,2025,-3,%\nforest-cover,森林覆盖率,Forest cover,20x5,1,%\n"))));
        assertTrue(refused.problems().size() >= 2, refused.getMessage());
        assertTrue(refused.problems().stream().map(Problem::line).toList().containsAll(List.of(2, 3)),
                refused.getMessage());
        assertEquals(List.of("import:rejected"), logged());
        assertEquals(refused.problems().size(), audit().get(0).counts().get("problems"));
        actions.discardCandidate();
        assertThrows(Refused.class, actions::publishCandidate, "nothing imported, nothing to publish");
        assertEquals(List.of("publish:rejected", "discard:ok", "import:rejected"), logged(), "the refused publish is logged too");
    }

    @Test
    void sessionsAreLoggedAndRollbackWithoutHistoryIsRefused() throws Exception {
        actions.sessionStarted("kiosk");
        assertThrows(org.ecokiosk.snapshot.SnapshotException.class, actions::rollback);
        actions.sessionEnded("back to kiosk");
        assertEquals(List.of("admin-leave:ok", "rollback:rejected", "admin-enter:ok"), logged());
    }
}
