package org.ecokiosk.ingest.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.snapshot.TestSnapshots;
import org.ecokiosk.testing.Fixtures;

/**
 * The import tests' fixture: a candidate snapshot of the test content in the test's folder, the
 * staff's files written beside it, imports run on a fixed clock, and a refused import checked to
 * have changed nothing and to have said no SQLite word.
 */
public final class ImportCandidate {
    /** 1 December 2026, 10:00 in Chongqing. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final Path dir;
    private final Path snapshot;

    private ImportCandidate(Path dir, Path snapshot) {
        this.dir = dir;
        this.snapshot = snapshot;
    }

    /** Builds the candidate in {@code dir}. */
    public static ImportCandidate in(Path dir) throws Exception {
        return new ImportCandidate(dir, TestSnapshots.fromContent(dir));
    }

    public Path snapshot() {
        return snapshot;
    }

    /** A staff file beside the candidate, in UTF-8. */
    public Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    public ImportOutcome imported(ImportKind kind, Path... files) throws Exception {
        return new Importer(Fixtures.content(), CLOCK).run(kind, snapshot, List.of(files));
    }

    /** The problems of an import that must be refused; fails unless it is, and the candidate is as it was. */
    public List<Problem> refused(ImportKind kind, Path... files) throws IOException {
        byte[] before = Files.readAllBytes(snapshot);
        ImportFailedException e = assertThrows(ImportFailedException.class, () -> imported(kind, files));
        assertArrayEquals(before, Files.readAllBytes(snapshot), "the refused import changed the snapshot");
        e.problems().forEach(p -> assertFalse(p.describe().contains("SQLITE"), p.describe()));
        return e.problems();
    }
}
