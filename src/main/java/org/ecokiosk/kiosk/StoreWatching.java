package org.ecokiosk.kiosk;

import java.time.Duration;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.session.SnapshotStoreWatcher;
import org.ecokiosk.snapshot.SnapshotStore;

/** Starts the hot-swap watcher of a kiosk showing the store's snapshot (never of a preview). */
public final class StoreWatching {
    /** Often enough that staff see a publish land while still at the kiosk; a pointer read is cheap. */
    static final Duration EVERY = Duration.ofSeconds(3);

    private StoreWatching() {
    }

    public static SnapshotStoreWatcher start(KioskConfig config, SnapshotSession session, Runnable reloadScreens) {
        return new SnapshotStoreWatcher(new SnapshotStore(config.snapshotStore()), session.fileProperty().get(),
                session::switchTo, reloadScreens).start(EVERY);
    }
}
