package org.ecokiosk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.snapshot.ImportLock;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two office PCs importing into one candidate on a shared folder: a second JVM runs
 * {@code eco-kiosk import} and stands still holding the import lock, which lives beside the
 * candidate (not in one machine's temporary folder). An import into the same candidate from this
 * JVM meanwhile fails with exit 1 and changes nothing; an import into another candidate in the same
 * folder and a publish are not held up; once the other is killed -9, the next import runs.
 */
class ImportLockProcessTest {
    private static final String AIR = "src/test/resources/air/";

    @TempDir
    Path dir;

    @Test
    void aSecondImportIntoTheSameCandidateIsTurnedAwayAcrossProcesses() throws Exception {
        Path candidate = dir.resolve("candidate.sqlite");
        Path other = dir.resolve("other.sqlite");
        SnapshotBuilds.fromContent(Fixtures.content(), candidate, Instant.parse("2026-01-01T00:00:00Z"));
        SnapshotBuilds.fromContent(Fixtures.content(), other, Instant.parse("2026-01-01T00:00:00Z"));
        byte[] before = Files.readAllBytes(candidate);
        try (SecondJvm.Held holder = SecondJvm.heldAt(dir, "import-locked", List.of("import", "air-hourly",
                "--snapshot", candidate.toString(), "--content", Fixtures.content().toString(), AIR + "prsa-excerpt.csv",
                "--audit-log", dir.resolve("audit.jsonl").toString(), "--by", "other-pc"))) {
            assertTrue(Files.exists(ImportLock.fileFor(candidate)), "the lock file is in the candidate's folder");
            StaffCli.Run lost = cli("import", "air-hourly", "--snapshot", candidate, "--content", Fixtures.content(),
                    AIR + "prsa-excerpt.csv");
            assertEquals(1, lost.exitCode(), lost.all());
            assertTrue(lost.err().contains("another import into"), lost.err());
            assertTrue(lost.err().contains("pid " + holder.pid()), "names the holder: " + lost.err());
            assertFalse(lost.err().contains("Exception"), lost.err());
            assertArrayEquals(before, Files.readAllBytes(candidate), "the turned-away import changed the candidate");
            StaffCli.Run beside = cli("import", "air-hourly", "--snapshot", other, "--content", Fixtures.content(),
                    AIR + "prsa-excerpt.csv");
            assertEquals(0, beside.exitCode(), "another candidate in the same folder is not held up: " + beside.all());
        }
        StaffCli.Run next = cli("import", "air-hourly", "--snapshot", candidate, "--content", Fixtures.content(),
                AIR + "prsa-excerpt.csv");
        assertEquals(0, next.exitCode(), "the OS released the killed holder's lock: " + next.all());
        try (var files = Files.list(dir)) {
            assertTrue(files.map(f -> f.getFileName().toString()).noneMatch(n -> n.endsWith(".building")
                    || n.endsWith(".tmp") || n.endsWith(".part")), "nothing a killed import left stays");
        }
    }

    private StaffCli.Run cli(Object... args) {
        List<Object> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--audit-log", dir.resolve("audit.jsonl"), "--by", "lock-test"));
        return StaffCli.run(all.toArray());
    }
}
