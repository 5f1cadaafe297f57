package org.ecokiosk.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is placed is what was verified: SQLite reads a {@code -wal} beside a file, but a copy
 * takes only the main file, so a candidate with side files or in WAL mode is refused before
 * anything opens it, and the checks run on the store's own copy.
 */
class PlacedIsVerifiedTest {
    @TempDir
    Path dir;

    @Test
    void aCandidateWhoseWalHoldsOtherContentThanItsMainFileIsRefused() throws Exception {
        Path good = TestSnapshots.fromContent(dir);
        Path candidate = dir.resolve("candidate.sqlite");
        Files.copy(good, candidate);
        // the attacker's file: main file in WAL mode, the edits kept in the -wal (copied while open)
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + candidate); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA wal_autocheckpoint=0");
            st.execute("UPDATE facility SET name_zh = '<b>改</b>'");
            Files.copy(candidate, dir.resolve("evil.sqlite"));
            Files.copy(dir.resolve("candidate.sqlite-wal"), dir.resolve("evil.sqlite-wal"));
        }
        Path evil = dir.resolve("evil.sqlite");
        assertTrue(Files.exists(dir.resolve("evil.sqlite-wal")));
        SnapshotStore store = new SnapshotStore(dir.resolve("store"));
        SnapshotException e = assertThrows(SnapshotException.class, () -> store.publish(evil, 5));
        assertTrue(e.getMessage().contains("side file evil.sqlite-wal"), e.getMessage());
        assertTrue(store.current().isEmpty());
        assertFalse(SnapshotVerifier.verify(evil).ok());

        Files.delete(dir.resolve("evil.sqlite-wal"));
        SnapshotException wal = assertThrows(SnapshotException.class, () -> store.publish(evil, 5));
        assertTrue(wal.getMessage().contains("WAL mode"), wal.getMessage());
        assertFalse(SnapshotVerifier.verify(evil).ok());
    }

    @Test
    void leftoverJournalOrSharedMemoryFilesAreRefusedToo() throws Exception {
        Path good = TestSnapshots.fromContent(dir);
        SnapshotStore store = new SnapshotStore(dir.resolve("store"));
        for (String side : List.of("-journal", "-shm", "-wal")) {
            Path sideFile = dir.resolve(good.getFileName() + side);
            Files.write(sideFile, new byte[512]);
            SnapshotException e = assertThrows(SnapshotException.class, () -> store.publish(good, 5));
            assertTrue(e.getMessage().contains(good.getFileName() + side), e.getMessage());
            Files.delete(sideFile);
        }
        assertTrue(store.current().isEmpty());
        assertTrue(Files.isRegularFile(store.publish(good, 5)));
    }

    @Test
    void theChecksRunOnTheStoresCopyAndThatCopyIsWhatBecomesCurrent() throws Exception {
        Path good = TestSnapshots.fromContent(dir);
        Path other = TestSnapshots.fromContent(dir, "other.sqlite", TestSnapshots.BUILT_AT.plusSeconds(60));
        TestSnapshots.editAndRehash(other, "DELETE FROM open_day");
        String goodHash = SnapshotVerifier.verify(good).meta().orElseThrow().contentSha256();
        Path storeDir = dir.resolve("store");
        // a colleague overwrites the candidate right after the store copied it
        SnapshotStore store = new SnapshotStore(storeDir, step -> {
            if (step.equals("copied")) {
                try {
                    Files.copy(other, good, StandardCopyOption.REPLACE_EXISTING);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        List<Path> checked = new ArrayList<>();
        Path placed = store.publish(good, 5, copy -> {
            checked.add(copy.toAbsolutePath());
            assertEquals(goodHash, SnapshotVerifier.verify(copy).meta().orElseThrow().contentSha256());
        });
        assertEquals(1, checked.size());
        assertEquals(storeDir.toAbsolutePath(), checked.get(0).getParent(), "checked inside the store, not the candidate");
        assertEquals(goodHash, SnapshotVerifier.verify(placed).meta().orElseThrow().contentSha256());
    }

    /**
     * Fresh case (guard review): the candidate is a symbolic link, and the -wal with the other
     * content lies beside the file it points to, not beside the name given. SQLite follows the link
     * to that -wal; the publish must still refuse it or place only what it verified.
     */
    @Test
    void aSymbolicLinkWhoseTargetHasAWalBesideItIsRefused() throws Exception {
        Path good = TestSnapshots.fromContent(dir);
        Path real = Files.createDirectories(dir.resolve("real")).resolve("evil.sqlite");
        Files.copy(good, real);
        Path wal = dir.resolve("real").resolve("evil.sqlite-wal");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + real); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA wal_autocheckpoint=0");
            st.execute("UPDATE facility SET name_zh = '<b>改</b>'");
            Files.copy(real, dir.resolve("frozen.sqlite"));
            Files.copy(wal, dir.resolve("frozen.sqlite-wal"));
        }
        Files.move(dir.resolve("frozen.sqlite"), real, StandardCopyOption.REPLACE_EXISTING);
        Files.move(dir.resolve("frozen.sqlite-wal"), wal, StandardCopyOption.REPLACE_EXISTING);
        Path link = Files.createSymbolicLink(dir.resolve("link.sqlite"), real);
        SnapshotStore store = new SnapshotStore(dir.resolve("store"));
        assertThrows(SnapshotException.class, () -> store.publish(link, 5));
        assertTrue(store.current().isEmpty(), "nothing was placed");
    }
}
