package org.ecokiosk.snapshot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Full disks, read-only folders and exhausted memory are told apart from bad input, wherever in the cause chain. */
class StorageTroubleTest {
    @Test
    void theMachinesTroublesAreNamedPlainly() {
        assertTrue(StorageTrouble.describe(new SnapshotException("cannot write", new SQLException("full", "", 13)))
                .orElseThrow().contains("disk is full"));
        assertTrue(StorageTrouble.describe(new IOException("write failed", new IOException("No space left on device")))
                .orElseThrow().contains("disk is full"));
        assertTrue(StorageTrouble.describe(new AccessDeniedException("/srv/kiosk/x.sqlite")).orElseThrow()
                .contains("cannot be written"));
        assertTrue(StorageTrouble.describe(new SnapshotException("x", new SQLException("ro", "", 8))).orElseThrow()
                .contains("cannot be written"));
        assertTrue(StorageTrouble.describe(new IllegalStateException("x", new OutOfMemoryError("Java heap space")))
                .orElseThrow().contains("out of memory"));
    }

    @Test
    void badInputIsNotTheMachines() {
        assertTrue(StorageTrouble.describe(new SnapshotException("content hash mismatch")).isEmpty());
        assertTrue(StorageTrouble.describe(new IllegalArgumentException("bad")).isEmpty());
    }
}
