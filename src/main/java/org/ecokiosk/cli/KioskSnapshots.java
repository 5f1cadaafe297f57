package org.ecokiosk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.operations.Publishing;
import org.ecokiosk.snapshot.AtomicFiles;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.snapshot.SnapshotVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the snapshot a kiosk, admin mode or a read-only command should use: the store's current
 * one if it verifies, else the newest earlier one that does (a kiosk keeps showing its last
 * good data). Only the kiosk and admin mode, on a fresh machine, go further and publish one
 * built from content/ ({@link #publishedOrFirst}); {@code report}, {@code eval} and the
 * benchmarks use {@link #published} and never change the store.
 */
public final class KioskSnapshots {
    private static final Logger LOG = LoggerFactory.getLogger(KioskSnapshots.class);

    private KioskSnapshots() {
    }

    /** The last good published snapshot; empty when the store holds none. Changes nothing. */
    public static Optional<Path> published(KioskConfig config) throws IOException {
        SnapshotStore store = new SnapshotStore(config.snapshotStore());
        Optional<Path> current = store.current();
        if (current.isPresent()) {
            SnapshotVerifier.Result check = SnapshotVerifier.verify(current.get());
            if (check.ok()) {
                return current;
            }
            LOG.error("current snapshot {} is not usable ({}); looking for the last good one", current.get(),
                    check.problem());
        }
        List<String> history = store.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            Path candidate = store.dir().resolve(history.get(i));
            if (Files.isRegularFile(candidate) && SnapshotVerifier.verify(candidate).ok()) {
                LOG.warn("showing the earlier snapshot {}", candidate);
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The last good published snapshot, or — the first start of a kiosk with an empty store — the
     * office's, pulled once now when the kiosk is set to pull (fleet.manifest.url), else (or when
     * that pull fails) one built from content/ and published (audited), so a new kiosk needs no
     * setup. Empty (and logged) when even that fails: the kiosk then shows its out-of-service
     * notice, and a kiosk that pulls keeps trying and shows the first snapshot that arrives.
     * @param publishing made only when a first snapshot must be published: the audit trail behind it
     *                   (host name, audit log, JSON) is work a kiosk that already has a snapshot skips
     */
    public static Optional<Path> publishedOrFirst(KioskConfig config, Supplier<Publishing> publishing) {
        try {
            SnapshotStore store = new SnapshotStore(config.snapshotStore());
            // a kiosk starting is a writer of its store (read-only commands are not): tidy up after killed runs
            store.removeStaleTemporaries();
            Optional<Path> published = published(config);
            if (published.isPresent()) {
                return published;
            }
            Optional<Path> pulled = KioskFleet.firstPull(config, java.time.Clock.systemUTC());
            if (pulled.isPresent()) {
                return pulled;
            }
            LOG.info("no published snapshot in {}: building one from {}", store.dir(), config.contentDir());
            // built outside the store: only publish, under the store's lock, writes there
            Path built = AtomicFiles.siblingTemp(Path.of(System.getProperty("java.io.tmpdir"),
                    "eco-kiosk-bootstrap.sqlite"), ".building");
            try {
                Publishing publisher = publishing.get();
                SnapshotBuilds.fromContent(config.contentDir(), built, publisher.now());
                return Optional.of(publisher.publishFirst(store, built, config.keepSnapshots()).to());
            } finally {
                Files.deleteIfExists(built);
            }
        } catch (Exception e) {
            LOG.error("no snapshot to show: {}", e.getMessage(), e);
            return Optional.empty();
        }
    }
}
