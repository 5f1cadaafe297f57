package org.ecokiosk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import org.ecokiosk.admin.AdminMode;
import org.ecokiosk.admin.AdminWindow;
import org.ecokiosk.admin.PreviewKiosk;
import org.ecokiosk.audit.Actors;
import org.ecokiosk.audit.AuditLog;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.config.PinGuard;
import org.ecokiosk.kiosk.AdminHandover;
import org.ecokiosk.kiosk.KioskApp;
import org.ecokiosk.kiosk.KioskAssembly;
import org.ecokiosk.kiosk.KioskWindow;
import org.ecokiosk.kiosk.StoreWatching;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.session.SnapshotStoreWatcher;
import org.ecokiosk.operations.AdminOperations;
import org.ecokiosk.operations.AuditTrail;
import org.ecokiosk.operations.AuditedPinCheck;
import org.ecokiosk.operations.Publishing;
import org.ecokiosk.snapshot.SnapshotException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the kiosk, its previews, admin mode (in the kiosk and in a window of
 * its own) and their operations, all built here from one {@link KioskConfig} (read once by the
 * command) and the snapshot the command resolved — or none, when the kiosk shows its
 * out-of-service notice. Tests build the kiosk through this class too, so they drive the same
 * wiring residents get (admin mode behind the PIN, the idle loop restarted after it).
 */
public final class KioskRoot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KioskRoot.class);
    /** A preview window's height, as admin mode opens it. */
    private static final double PREVIEW_HEIGHT = 800;

    private final KioskConfig config;
    /** Set once more when a kiosk that started without any snapshot receives its first from the office. */
    private volatile Optional<SnapshotSession> session;
    private final Clock clock;
    private final AuditTrail trail;
    private final AuditedPinCheck pin;
    private final AdminOperations admin;
    private Optional<SnapshotStoreWatcher> watcher = Optional.empty();
    private volatile Optional<KioskAssembly> shown = Optional.empty();
    private Optional<KioskFleet> fleet = Optional.empty();
    private Optional<AutoCloseable> awaitingFirst = Optional.empty();
    private Optional<KioskWindow> window = Optional.empty();
    private boolean closed;

    private KioskRoot(KioskConfig config, Optional<Path> snapshot, Optional<SnapshotSession> session, Clock clock,
                      Path reportsDir) {
        // admin mode falls back on the resolved snapshot while the store has none
        this.config = config;
        this.session = session;
        this.clock = clock;
        this.trail = kioskTrail(config, clock);
        this.pin = new AuditedPinCheck(new PinGuard(config.adminPinHash(), config.pinTriesFile(), clock,
                config.pinTriesRequired()), trail);
        this.admin = new AdminOperations(config, reportsDir, snapshot, trail);
    }

    /**
     * Opens {@code snapshot} (blocking: call before the UI shows, never on the FX thread). A
     * snapshot that cannot be opened is logged and treated as none.
     *
     * @param clock what "today" is for the kiosk and the time of audit entries
     */
    public static KioskRoot open(KioskConfig config, Optional<Path> snapshot, Clock clock, Path reportsDir) {
        Optional<SnapshotSession> session = Optional.empty();
        if (snapshot.isPresent()) {
            try {
                session = Optional.of(SnapshotSession.open(snapshot.get()));
                LOG.info("kiosk {} showing snapshot {} (content {})", config.kioskId(), snapshot.get(),
                        session.get().meta().orElseThrow().contentSha256());
            } catch (SnapshotException e) {
                LOG.error("cannot open snapshot {}: {}", snapshot.get(), e.getMessage());
            }
        }
        return new KioskRoot(config, snapshot, session, clock, reportsDir);
    }

    /**
     * The kiosk on its store's snapshot, found and checked ({@code find}, blocking) only after the
     * kiosk's first frame: on the session's thread, before home's first read. The first frame is
     * home's frame without any figure (its figures are read after it anyway), so the check no
     * longer delays it, and nothing of the snapshot is shown before the check has passed. When
     * {@code find} finds nothing to show, the window turns to its out-of-service notice then, and
     * waits for a first snapshot as a kiosk that started without one does.
     *
     * @param current the store's current snapshot as the kiosk starts (admin mode's fallback)
     */
    public static KioskRoot openingAfterFirstFrame(KioskConfig config, Path current, SnapshotSession.Opening find,
                                                   Clock clock, Path reportsDir) {
        KioskRoot[] root = new KioskRoot[1];
        SnapshotSession session = SnapshotSession.openedBeforeFirstRead(find, why -> root[0].unavailable(why));
        root[0] = new KioskRoot(config, Optional.of(current), Optional.of(session), clock, reportsDir);
        return root[0];
    }

    /**
     * On the FX thread: the snapshot of a session opened later turned out not to be there (or not
     * to open): the kiosk gives way to the out-of-service notice, as if it had started without one.
     */
    private void unavailable(String why) {
        LOG.error("kiosk {} has no snapshot to show: {}", config.kioskId(), why);
        fleet.ifPresent(KioskFleet::close);
        fleet = Optional.empty();
        shown.ifPresent(KioskAssembly::close);
        shown = Optional.empty();
        watcher.ifPresent(SnapshotStoreWatcher::close);
        watcher = Optional.empty();
        synchronized (this) {
            session.ifPresent(SnapshotSession::close);
            session = Optional.empty();
            if (closed) {
                return;
            }
        }
        window.ifPresent(w -> {
            w.showOutOfService();
            awaitingFirst = KioskFleet.awaitFirstSnapshot(config, clock, file -> arrived(file, w));
        });
    }

    /** For the first start on an empty store: publishing as this kiosk, audited like every other. */
    static Publishing firstStartPublishing(KioskConfig config, Clock clock) {
        return new Publishing(kioskTrail(config, clock));
    }

    /** The kiosk's own entries (first publish, PIN tries, admin sessions) name its OS account and kiosk id. */
    private static AuditTrail kioskTrail(KioskConfig config, Clock clock) {
        return new AuditTrail(AuditLog.besideStore(config.snapshotStore()),
                Actors.thisProcess(config.kioskId(), Optional.empty()), clock);
    }

    public KioskConfig config() {
        return config;
    }

    public Optional<SnapshotSession> session() {
        return session;
    }

    /** The kiosk the window shows now; empty before its first frame, without a snapshot, or in a preview not yet shown. */
    public Optional<KioskAssembly> shownKiosk() {
        return shown;
    }

    public AdminOperations adminOperations() {
        return admin;
    }

    /** Checks a PIN as the kiosk's pad and {@code eco-kiosk admin} do: counted, locked, audited. */
    public Function<char[], PinGuard.Outcome> pinCheck() {
        return pin::attempt;
    }

    /** The kiosk residents use, with admin mode behind the PIN; empty when there is no snapshot to show. */
    public Optional<KioskAssembly> kiosk(double screenHeight, Runnable onExit) {
        AdminHandover adminMode = new AdminMode(admin, config, this::preview);
        return session.map(s -> new KioskAssembly(config, s, screenHeight, onExit, pinCheck(), Optional.of(adminMode),
                clock));
    }

    /** The kiosk for a preview window on {@code shown}: the same wiring, no admin mode, windowed. */
    public KioskAssembly preview(SnapshotSession shown, Runnable onExit) {
        return new KioskAssembly(config.withFullScreen(false), shown, PREVIEW_HEIGHT, onExit, pinCheck(),
                Optional.empty(), clock);
    }

    /**
     * The kiosk's window: full screen (unless configured or asked otherwise), following the store's
     * publishes. Without any snapshot it shows the out-of-service notice; a kiosk that pulls keeps
     * pulling then, and shows the kiosk as soon as the office's first snapshot has arrived.
     */
    public KioskApp.Window kioskWindow(KioskWindow.Options options) {
        KioskWindow.Options windowOptions = new KioskWindow.Options(options.windowed() || !config.fullScreen(),
                options.title(), options.firstFrame());
        KioskWindow window = new KioskWindow(session.map(this::kioskContent), windowOptions, this::closeWindow);
        this.window = Optional.of(window);
        if (session.isEmpty()) {
            awaitingFirst = KioskFleet.awaitFirstSnapshot(config, clock, file -> arrived(file, window));
        }
        return window;
    }

    /** On the poller's thread: open the snapshot here (blocking), then show the kiosk on the FX thread. */
    private void arrived(Path file, KioskWindow window) {
        SnapshotSession opened;
        try {
            opened = SnapshotSession.open(file);
        } catch (SnapshotException e) {
            LOG.error("cannot open the first snapshot {}: {}", file, e.getMessage());
            return;
        }
        synchronized (this) {
            if (closed) {
                opened.close();
                return;
            }
            session = Optional.of(opened);
        }
        LOG.info("kiosk {} showing its first snapshot {} (content {})", config.kioskId(), file,
                opened.meta().orElseThrow().contentSha256());
        Platform.runLater(() -> {
            // the kiosk's own fleet wiring takes over the pulling from here
            awaitingFirst.ifPresent(KioskRoot::closeQuietly);
            awaitingFirst = Optional.empty();
            window.replaceOutOfService(kioskContent(opened));
        });
    }

    private KioskWindow.Content kioskContent(SnapshotSession s) {
        return (stage, width, height) -> {
            KioskAssembly kiosk = kiosk(height, Platform::exit).orElseThrow();
            shown = Optional.of(kiosk);
            // the store is watched from the file shown on (a session opened later knows it after its check)
            whenOpen(s, () -> {
                synchronized (this) {
                    if (!closed && session.isPresent()) {
                        watcher = Optional.of(StoreWatching.start(config, s, kiosk::snapshotChanged));
                    }
                }
            });
            // alert banner, pull timer, status reports and screen counts (no-ops without fleet.* settings)
            fleet = Optional.of(KioskFleet.attach(kiosk, config, clock));
            return kiosk.createScene(width, height);
        };
    }

    /** Runs {@code then} on the FX thread once {@code s} has its file open (now, if it has). */
    private static void whenOpen(SnapshotSession s, Runnable then) {
        if (s.fileProperty().get() != null) {
            then.run();
            return;
        }
        s.fileProperty().addListener(new javafx.beans.value.ChangeListener<Path>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Path> obs, Path was, Path now) {
                if (now != null) {
                    obs.removeListener(this);
                    then.run();
                }
            }
        });
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("closing {} failed: {}", c, e.getMessage());
        }
    }

    /** A preview of the resolved snapshot in a window: stays on that file, no admin mode. */
    public KioskApp.Window previewWindow(KioskWindow.Options options) {
        return new KioskWindow(session.map(s -> (stage, width, height) -> {
            KioskAssembly kiosk = preview(s, Platform::exit);
            shown = Optional.of(kiosk);
            return kiosk.createScene(width, height);
        }), options, this::closeWindow);
    }

    /** {@code eco-kiosk admin}: admin mode in its own window, PIN first. */
    public KioskApp.Window adminWindow() {
        PreviewKiosk previews = this::preview;
        return new AdminWindow(admin, config, pinCheck(), previews);
    }

    /** When the application stops (on the FX thread): the kiosk's timers first, so none asks the closing session to read. */
    private void closeWindow() {
        awaitingFirst.ifPresent(KioskRoot::closeQuietly);
        fleet.ifPresent(KioskFleet::close);
        shown.ifPresent(KioskAssembly::close);
        close();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        watcher.ifPresent(SnapshotStoreWatcher::close);
        session.ifPresent(SnapshotSession::close);
    }
}
