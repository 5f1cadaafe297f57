package org.ecokiosk.kiosk.session;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ecokiosk.model.SnapshotMeta;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's one open snapshot. Every read runs on a single background thread that owns the
 * reader (SQLite connections are not shared between threads), and results come back on the
 * FX thread. Switching to another snapshot happens on the same thread, so a screen never
 * reads from a half-switched session.
 *
 * <p>Once {@link #close() closed}, the session takes no more work: a read asked for while the
 * kiosk shuts down (an idle timer or the attract loop firing in the last pulse) is dropped,
 * and none of its callbacks runs. Submitting and closing are serialised on one lock, so no
 * task can slip in between the check and the executor's shutdown.
 *
 * <p>A kiosk starting on its store's snapshot opens it {@linkplain #openedBeforeFirstRead later}:
 * finding and checking it (its content hash is recomputed) and loading SQLite's native library
 * then run on the session's thread when the first read is asked for, which home asks only after
 * the kiosk's first frame. Every read waits for that check, so no figure of an unchecked snapshot
 * is ever shown; until it is done the session has no {@link #meta()} and no {@link #fileProperty() file}.
 */
public final class SnapshotSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotSession.class);

    /** A read of the snapshot, run off the FX thread. */
    @FunctionalInterface
    public interface Query<T> {
        T run(SnapshotReader reader) throws SnapshotException;
    }

    /** Finds the snapshot to show and checks it (blocking: run on the session's thread). */
    @FunctionalInterface
    public interface Opening {
        /** The checked snapshot file to show; empty when there is none to show. */
        Optional<Path> find();
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "snapshot-reader");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyObjectWrapper<SnapshotMeta> meta = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private SnapshotReader reader; // touched only on the worker thread
    private final Object lifecycle = new Object();
    private boolean closed; // guarded by lifecycle
    /** The opening still to do before the first read (a session opened later); guarded by lifecycle. */
    private Optional<Runnable> opening = Optional.empty();

    /** Opens {@code snapshot} now (blocking; call before the UI shows) and remembers it. */
    public static SnapshotSession open(Path snapshot) throws SnapshotException {
        SnapshotSession session = new SnapshotSession();
        SnapshotReader r = SnapshotReader.open(snapshot);
        session.worker.execute(() -> session.reader = r);
        session.meta.set(r.meta());
        session.file.set(snapshot);
        return session;
    }

    /**
     * A session whose snapshot {@code opening} finds and checks on the session's thread, just before
     * the first read (or switch) asked of it runs; nothing is done before that. When there is no
     * snapshot to show, or it cannot be opened, {@code onUnavailable} runs on the FX thread with
     * the reason, and every read fails.
     */
    public static SnapshotSession openedBeforeFirstRead(Opening opening, Consumer<String> onUnavailable) {
        SnapshotSession session = new SnapshotSession();
        session.opening = Optional.of(() -> session.open(opening, onUnavailable));
        return session;
    }

    /** On the worker thread: the opening of a session opened later. */
    private void open(Opening opening, Consumer<String> onUnavailable) {
        try {
            Optional<Path> found = opening.find();
            if (found.isEmpty()) {
                Platform.runLater(() -> onUnavailable.accept("no snapshot to show"));
                return;
            }
            SnapshotReader r = SnapshotReader.open(found.get());
            reader = r;
            SnapshotMeta m = r.meta();
            LOG.info("showing snapshot {} (content {})", found.get(), m.contentSha256());
            // queued before any read's answer: screens see the snapshot's meta with its first figures
            Platform.runLater(() -> {
                file.set(found.get());
                meta.set(m);
            });
        } catch (SnapshotException | RuntimeException e) {
            LOG.error("cannot open the snapshot to show: {}", e.getMessage());
            Platform.runLater(() -> onUnavailable.accept(e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    public ReadOnlyObjectProperty<SnapshotMeta> metaProperty() {
        return meta.getReadOnlyProperty();
    }

    /** The open snapshot's meta; empty while a session opened later has not opened (checked) its snapshot yet. */
    public Optional<SnapshotMeta> meta() {
        return Optional.ofNullable(meta.get());
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Runs {@code query} off the FX thread; exactly one of the callbacks runs later on the FX thread. */
    public <T> void load(Query<T> query, Consumer<T> onResult, Consumer<String> onFailure) {
        submit("read", () -> {
            if (reader == null) {
                Platform.runLater(() -> onFailure.accept("no snapshot is open"));
                return;
            }
            try {
                T result = query.run(reader);
                Platform.runLater(() -> onResult.accept(result));
            } catch (SnapshotException | RuntimeException e) {
                LOG.error("reading the snapshot failed", e);
                Platform.runLater(() -> onFailure.accept(e.getMessage()));
            }
        });
    }

    /**
     * Switches to {@code next} if it opens; otherwise keeps the current snapshot and reports why.
     * {@code onSwitched} runs on the FX thread after the switch so screens can reload.
     */
    public void switchTo(Path next, Runnable onSwitched, Consumer<String> onRefused) {
        submit("switch to " + next, () -> {
            try {
                SnapshotReader opened = SnapshotReader.open(next);
                SnapshotReader old = reader;
                reader = opened;
                if (old != null) {
                    old.close();
                }
                SnapshotMeta m = opened.meta();
                Platform.runLater(() -> {
                    file.set(next);
                    meta.set(m);
                    onSwitched.run();
                });
            } catch (SnapshotException e) {
                LOG.warn("staying on {}: the new snapshot {} cannot be opened: {}", file.get(), next, e.getMessage());
                Platform.runLater(() -> onRefused.accept(e.getMessage()));
            }
        });
    }

    /** True once {@link #close()} ran: every later read or switch is dropped. */
    public boolean isClosed() {
        synchronized (lifecycle) {
            return closed;
        }
    }

    /** Closes the reader after the reads already queued, and refuses every later one. Idempotent. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            worker.execute(() -> {
                if (reader != null) {
                    reader.close();
                }
            });
            worker.shutdown();
        }
    }

    private void submit(String what, Runnable task) {
        synchronized (lifecycle) {
            if (closed) {
                LOG.debug("session closed: dropped {}", what);
                return;
            }
            try {
                // a session opened later opens its snapshot first: every read waits for the check
                opening.ifPresent(worker::execute);
                opening = Optional.empty();
                worker.execute(task);
            } catch (RejectedExecutionException e) {
                // cannot happen while the lock is held and the session open; log rather than crash the FX thread
                LOG.warn("snapshot reader refused {}", what, e);
            }
        }
    }
}
