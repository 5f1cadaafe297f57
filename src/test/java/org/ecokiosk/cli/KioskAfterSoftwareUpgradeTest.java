package org.ecokiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.ecokiosk.audit.AuditLog;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.model.audit.Actor;
import org.ecokiosk.operations.AuditTrail;
import org.ecokiosk.operations.Publishing;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.snapshot.SnapshotSchema;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.snapshot.SnapshotVerifier;
import org.ecokiosk.snapshot.TestSnapshots;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk whose software was upgraded while its store's current snapshot is of the older schema
 * (an office import, not something it could rebuild from content/): it starts on that same
 * content, upgraded and published under the store's rules, instead of going out of service or
 * starting over from content/.
 */
class KioskAfterSoftwareUpgradeTest {
    @TempDir
    Path dir;

    /** A kiosk whose content folder is missing: any fallback to a build from content/ would fail. */
    private KioskConfig config() throws Exception {
        return KioskConfig.load(Fixtures.kioskConfig(dir.resolve("kiosk"),
                Map.of("content.dir", dir.resolve("no-content").toString())));
    }

    private static Publishing publishing(KioskConfig config) {
        return new Publishing(new AuditTrail(AuditLog.besideStore(config.snapshotStore()),
                new Actor("eco-kiosk", config.kioskId(), "kiosk", Optional.empty()), Clock.systemUTC()));
    }

    /** The store's current snapshot, built from the test content and then rewritten as schema 5 wrote it. */
    private String publishVersion5(KioskConfig config) throws Exception {
        Path built = TestSnapshots.fromContent(dir.resolve("built"));
        SnapshotStore store = new SnapshotStore(config.snapshotStore());
        Path placed = store.publish(built, 3);
        String hash = hashOf(placed);
        TestSnapshots.downgradeToVersion5(placed);
        assertTrue(!SnapshotVerifier.verify(placed).ok(), "the program no longer reads it as it is");
        return hash;
    }

    private static String hashOf(Path snapshot) throws Exception {
        try (SnapshotReader r = SnapshotReader.open(snapshot)) {
            return r.meta().contentSha256();
        }
    }

    @Test
    void theKioskStartsOnItsOwnDataInTheNewSchema() throws Exception {
        KioskConfig config = config();
        String hash = publishVersion5(config);
        SnapshotStore store = new SnapshotStore(config.snapshotStore());

        Path shown = KioskSnapshots.publishedOrFirst(config, () -> publishing(config)).orElseThrow();

        // same built-at and content, so the same name: the old file is replaced by rename, never rewritten
        assertEquals(Optional.of(shown), store.current());
        assertEquals(1, store.history().stream().filter(n -> n.equals(shown.getFileName().toString())).count());
        SnapshotVerifier.Result check = SnapshotVerifier.verify(shown);
        assertTrue(check.ok(), check.problem());
        assertEquals(SnapshotSchema.VERSION, check.meta().orElseThrow().schemaVersion());
        assertEquals(hash, hashOf(shown), "the same content");
        String audit = Files.readString(AuditLog.besideStore(config.snapshotStore()).file());
        assertTrue(audit.contains("software upgrade"), audit);
    }

    @Test
    void aReadOnlyCommandChangesNothing() throws Exception {
        KioskConfig config = config();
        publishVersion5(config);
        SnapshotStore store = new SnapshotStore(config.snapshotStore());
        Path old = store.current().orElseThrow();
        assertEquals(Optional.empty(), KioskSnapshots.published(config));
        assertEquals(Optional.of(old), store.current());
    }
}
