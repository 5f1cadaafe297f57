package org.ecokiosk.kiosk.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.snapshot.SnapshotVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hot swap: every few seconds, on a daemon thread of its own, reads the store's
 * {@code current} pointer; when it names another snapshot that verifies, asks the session to
 * switch to it. A snapshot that does not verify is logged once and the kiosk stays on the last
 * good one; it is looked at again only when the pointer or the file changes.
 */
public final class SnapshotStoreWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotStoreWatcher.class);

    /** What switches the kiosk: {@link SnapshotSession#switchTo} in the kiosk, a plain fake in tests. */
    @FunctionalInterface
    public interface Switcher {
        void switchTo(Path next, Runnable onSwitched, Consumer<String> onRefused);
    }

    private final SnapshotStore store;
    private final Switcher switcher;
    private final Runnable onSwitched;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "snapshot-store-watcher");
        t.setDaemon(true);
        return t;
    });
    private volatile Path showing;
    private volatile Path pending;
    private volatile String refused = "";

    /** {@code onSwitched} runs where the switcher runs its callback (the FX thread in the kiosk). */
    public SnapshotStoreWatcher(SnapshotStore store, Path showing, Switcher switcher, Runnable onSwitched) {
        this.store = store;
        this.showing = showing.toAbsolutePath().normalize();
        this.switcher = switcher;
        this.onSwitched = onSwitched;
    }

    public SnapshotStoreWatcher start(Duration every) {
        timer.scheduleWithFixedDelay(this::pollQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    public Path showing() {
        return showing;
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again: log and keep watching
            LOG.error("checking the snapshot store {} failed", store.dir(), e);
        }
    }

    /** One look at the pointer; package-private so tests drive it without a timer. */
    void poll() {
        Optional<Path> named;
        try {
            named = store.current();
        } catch (IOException e) {
            LOG.warn("cannot read the current pointer in {}: {}", store.dir(), e.getMessage());
            return;
        }
        if (named.isEmpty()) {
            return;
        }
        Path next = named.get().toAbsolutePath().normalize();
        if (next.equals(showing) || next.equals(pending)) {
            return;
        }
        String identity = identity(next);
        if (identity.equals(refused)) {
            return;
        }
        SnapshotVerifier.Result check = SnapshotVerifier.verify(next);
        if (!check.ok()) {
            LOG.error("staying on {}: the newly published {} is not usable: {}", showing, next, check.problem());
            refused = identity;
            return;
        }
        pending = next;
        LOG.info("switching from {} to {}", showing, next);
        switcher.switchTo(next, () -> {
            showing = next;
            pending = null;
            onSwitched.run();
        }, reason -> {
            LOG.error("staying on {}: {} could not be opened: {}", showing, next, reason);
            refused = identity;
            pending = null;
        });
    }

    /** Name, size and time: a file replaced under the same name is looked at afresh. */
    private static String identity(Path file) {
        try {
            return file + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return file + "|unreadable";
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
