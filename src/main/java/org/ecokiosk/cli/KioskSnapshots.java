package org.ecokiosk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.snapshot.AtomicFiles;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.snapshot.SnapshotVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the snapshot a kiosk should show: the store's current one if it verifies, else the
 * newest earlier one that does (a kiosk keeps showing its last good data), else — on a fresh
 * machine — one built from content/ and published, so the first start needs no setup.
 */
public final class KioskSnapshots {
    private static final Logger LOG = LoggerFactory.getLogger(KioskSnapshots.class);

    private KioskSnapshots() {
    }

    public static Path resolve(KioskConfig config) throws IOException, SnapshotException, ImportFailedException {
        SnapshotStore store = new SnapshotStore(config.snapshotStore());
        store.removeStaleTemporaries();
        Optional<Path> current = store.current();
        if (current.isPresent()) {
            SnapshotVerifier.Result check = SnapshotVerifier.verify(current.get());
            if (check.ok()) {
                return current.get();
            }
            LOG.error("current snapshot {} is not usable ({}); looking for the last good one", current.get(),
                    check.problem());
        }
        List<String> history = store.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            Path candidate = store.dir().resolve(history.get(i));
            if (Files.isRegularFile(candidate) && SnapshotVerifier.verify(candidate).ok()) {
                LOG.warn("showing the earlier snapshot {}", candidate);
                return candidate;
            }
        }
        LOG.info("no published snapshot in {}: building one from {}", store.dir(), config.contentDir());
        // built outside the store: only publish, under the store's lock, writes there
        Path built = AtomicFiles.siblingTemp(Path.of(System.getProperty("java.io.tmpdir"), "eco-kiosk-bootstrap.sqlite"),
                ".building");
        try {
            SnapshotBuilds.fromContent(config.contentDir(), built, Instant.now());
            return store.publish(built, config.keepSnapshots());
        } finally {
            Files.deleteIfExists(built);
        }
    }
}
