package org.ecokiosk.operations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.imports.ImportKind;
import org.ecokiosk.model.audit.AuditAction;
import org.ecokiosk.model.audit.AuditEntry;
import org.ecokiosk.model.audit.AuditOutcome;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.TestSnapshots;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import, done, refused or on a broken base: one typed audit entry each, at the injected clock's time. */
class ImportsTest {
    private static Path built;
    @TempDir
    Path dir;

    @BeforeAll
    static void build(@TempDir Path shared) throws Exception {
        built = TestSnapshots.fromContent(shared);
    }

    private Path copyOfBuilt() throws Exception {
        Path s = dir.resolve("candidate.sqlite");
        Files.copy(built, s);
        return s;
    }

    private Path green(String rows) throws Exception {
        return Files.writeString(dir.resolve("green.csv"), "code,name_zh,name_en,year,value,unit\n" + rows);
    }

    @Test
    void anImportIsAuditedOnceWithItsCountsAndHashes() throws Exception {
        OperationsFixture ops = new OperationsFixture(dir);
        Path s = copyOfBuilt();
        ImportResult done = new Imports(ops.trail).run(ImportKind.GREEN, s,
                List.of(green("forest-cover,森林覆盖率,Forest cover,2025,33.1,%\n")), Fixtures.content());
        assertEquals(List.of("import:ok"), ops.logged());
        AuditEntry e = ops.entries().get(0);
        assertEquals(OperationsFixture.CLOCK.instant(), e.time());
        assertEquals(OperationsFixture.ACTOR, e.actor());
        assertEquals("green", e.kind());
        assertEquals(Map.of("rows", 1, "added", done.added(), "replaced", done.replaced()), e.counts());
        assertEquals(done.hashBefore().orElseThrow(), e.hashBefore());
        assertEquals(done.hashAfter(), e.hashAfter());
        assertTrue(!e.hashBefore().equals(e.hashAfter()), "the import changed the content");
    }

    @Test
    void aRefusedImportIsAuditedAsRejectedWithItsProblemCountAndChangesNothing() throws Exception {
        OperationsFixture ops = new OperationsFixture(dir);
        Path s = copyOfBuilt();
        byte[] before = Files.readAllBytes(s);
        ImportFailedException refused = assertThrows(ImportFailedException.class, () -> new Imports(ops.trail)
                .run(ImportKind.GREEN, s, List.of(green("forest-cover,森林覆盖率,Forest cover,20x5,-3,%\n")),
                        Fixtures.content()));
        assertArrayEquals(before, Files.readAllBytes(s));
        assertEquals(List.of("import:rejected"), ops.logged());
        AuditEntry e = ops.entries().get(0);
        assertEquals(AuditOutcome.REJECTED, e.outcome());
        assertEquals(refused.problems().size(), e.counts().get("problems"));
        assertEquals(OperationsFixture.CLOCK.instant(), e.time());
    }

    @Test
    void anImportOnABrokenBaseIsAuditedAsRejected() throws Exception {
        OperationsFixture ops = new OperationsFixture(dir);
        Path s = Files.writeString(dir.resolve("broken.sqlite"), "not a database");
        assertThrows(SnapshotException.class, () -> new Imports(ops.trail).run(ImportKind.GREEN, s,
                List.of(green("forest-cover,森林覆盖率,Forest cover,2025,33.1,%\n")), Fixtures.content()));
        assertEquals(List.of("import:rejected"), ops.logged());
        assertTrue(ops.entries().get(0).detail().contains("not sound"), ops.entries().get(0).detail());
        assertEquals(AuditAction.IMPORT, ops.entries().get(0).action());
    }
}
