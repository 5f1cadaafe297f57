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
import org.ecokiosk.snapshot.SnapshotUpgrade;
import org.ecokiosk.snapshot.SnapshotVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the snapshot a kiosk, admin mode or a read-only command should use: the store's current
 * one if it verifies, else the newest earlier one that does (a kiosk keeps showing its last
 * good data). Only the kiosk and admin mode go further: after a software upgrade they publish
 * the current snapshot rewritten in the new schema, and on a fresh machine one built from
 * content/ ({@link #publishedOrFirst}); {@code report}, {@code eval} and the
 * benchmarks use {@link #published} and never change the store.
 */
public final class KioskSnapshots {
    private static final Logger LOG = LoggerFactory.getLogger(KioskSnapshots.class);

    private KioskSnapshots() {
    }

    /**
     * The store's current snapshot file, not checked (a pointer read: cheap enough before the
     * kiosk's first frame); empty when the store has none or cannot be read. Changes nothing.
     */
    public static Optional<Path> current(KioskConfig config) {
        try {
            return new SnapshotStore(config.snapshotStore()).current();
        } catch (IOException e) {
            LOG.warn("cannot read the snapshot store {}: {}", config.snapshotStore(), e.getMessage());
            return Optional.empty();
        }
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
     * The store's current snapshot rewritten in this program's schema and published, when it was
     * built by the older one: a kiosk whose software was upgraded keeps the office's imported data
     * instead of going out of service or starting over from content/. Empty when there is nothing
     * to upgrade; an upgrade that fails is logged and the kiosk goes on as for an empty store.
     */
    private static Optional<Path> upgradedCurrent(SnapshotStore store, KioskConfig config,
            Supplier<Publishing> publishing) throws IOException {
        Optional<Path> current = store.current();
        if (current.isEmpty() || !SnapshotUpgrade.needed(current.get())) {
            return Optional.empty();
        }
        Path copy = AtomicFiles.siblingTemp(Path.of(System.getProperty("java.io.tmpdir"),
                "eco-kiosk-upgrade.sqlite"), ".building");
        try {
            SnapshotUpgrade.copy(current.get(), copy);
            Path placed = publishing.get().publishUpgraded(store, copy, config.keepSnapshots()).to();
            LOG.info("upgraded the current snapshot {} to the new schema as {}", current.get(), placed);
            return Optional.of(placed);
        } catch (Exception e) {
            LOG.error("the current snapshot {} could not be upgraded: {}", current.get(), e.getMessage());
            return Optional.empty();
        } finally {
            Files.deleteIfExists(copy);
        }
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
            Optional<Path> upgraded = upgradedCurrent(store, config, publishing);
            if (upgraded.isPresent()) {
                return upgraded;
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
                SnapshotBuilds.fromContent(config.contentDir(), built, publisher.now(),
                        java.time.LocalDate.now(config.clock()));
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
