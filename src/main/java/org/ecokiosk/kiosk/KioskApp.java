package org.ecokiosk.kiosk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-screen kiosk. Parameters (set by the command line): {@code --snapshot=FILE},
 * {@code --config=FILE}, {@code --windowed} (preview, closable), {@code --title=TEXT},
 * {@code --first-frame} (print FIRST_FRAME when the first frame is drawn and quit: for bench),
 * {@code --today=YYYY-MM-DD} (preview only: the kiosk's clock moved to that day).
 */
public final class KioskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(KioskApp.class);
    private KioskConfig config;
    private SnapshotSession session;
    private boolean windowed;
    private boolean firstFrameProbe;
    private String title;
    private org.ecokiosk.kiosk.session.SnapshotStoreWatcher watcher;
    private Clock clock = Clock.systemDefaultZone();
    private KioskAssembly kiosk;

    @Override
    public void init() throws Exception {
        // runs on the launcher thread: the snapshot is opened before any frame, never on the FX thread
        Map<String, String> named = getParameters().getNamed();
        config = KioskConfig.loadOrDefaults(Path.of(named.getOrDefault("config", KioskConfig.DEFAULT_FILE.toString())));
        config.warnings().forEach(w -> LOG.warn("kiosk-config: {}", w));
        windowed = getParameters().getUnnamed().contains("--windowed") || !config.fullScreen();
        firstFrameProbe = getParameters().getUnnamed().contains("--first-frame");
        title = named.getOrDefault("title", "eco-kiosk");
        // an unattended kiosk logs what went wrong and carries on; residents never see a stack trace
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                LOG.error("uncaught error on thread {}", thread.getName(), error));
        if (named.containsKey("today")) {
            // preview: see the kiosk as it will be on that day (publish dates, next open days)
            java.time.LocalDate day = java.time.LocalDate.parse(named.get("today"));
            java.time.ZonedDateTime now = java.time.ZonedDateTime.now();
            clock = Clock.offset(Clock.systemDefaultZone(), Duration.between(now, now.with(day)));
        }
        String snapshot = named.getOrDefault("snapshot", "");
        try {
            session = snapshot.isEmpty() ? null : SnapshotSession.open(Path.of(snapshot));
        } catch (org.ecokiosk.snapshot.SnapshotException e) {
            LOG.error("cannot open snapshot {}: {}", snapshot, e.getMessage());
            session = null;
        }
        if (session != null) {
            LOG.info("kiosk {} showing snapshot {} (content {})", config.kioskId(), snapshot,
                    session.meta().contentSha256());
        }
    }

    @Override
    public void start(Stage stage) {
        Rectangle2D bounds = Screen.getPrimary().getBounds();
        double width = windowed ? Math.min(1280, bounds.getWidth()) : bounds.getWidth();
        double height = windowed ? Math.min(800, bounds.getHeight()) : bounds.getHeight();
        Scene scene;
        if (session == null) {
            KioskFonts.load();
            scene = new Scene(OutOfService.view(new org.ecokiosk.kiosk.i18n.Messages()), width, height);
            scene.getStylesheets().add(KioskApp.class.getResource(KioskAssembly.STYLESHEET).toExternalForm());
        } else {
            scene = kioskScene(stage, width, height);
        }
        stage.setScene(scene);
        stage.setTitle(title);
        if (!windowed) {
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
            // the only way out is the PIN pad, which calls Platform.exit()
            stage.setOnCloseRequest(event -> event.consume());
        }
        if (firstFrameProbe) {
            FirstFrame.report(scene);
        }
        stage.show();
    }

    private Scene kioskScene(Stage stage, double width, double height) {
        java.util.concurrent.atomic.AtomicReference<KioskAssembly> kiosk = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.Optional<org.ecokiosk.kiosk.shell.AdminEntry> admin = java.util.ServiceLoader
                .load(org.ecokiosk.kiosk.shell.AdminModeProvider.class).findFirst()
                .map(provider -> provider.create(new org.ecokiosk.kiosk.shell.AdminModeProvider.Context(stage, config,
                        session, () -> {
                            stage.getScene().setRoot(kiosk.get().shell().root());
                            kiosk.get().shell().resetForNextVisitor();
                            kiosk.get().idle().restart();
                        })));
        kiosk.set(new KioskAssembly(config, session, height, Platform::exit, admin, clock));
        this.kiosk = kiosk.get();
        if (getParameters().getUnnamed().contains("--watch-store")) {
            watcher = StoreWatching.start(config, session, kiosk.get()::snapshotChanged);
        }
        return kiosk.get().createScene(width, height);
    }

    @Override
    public void stop() {
        // timers first, so the last pulses cannot ask the closing session for a read
        if (kiosk != null) {
            kiosk.close();
        }
        if (watcher != null) {
            watcher.close();
        }
        if (session != null) {
            session.close();
        }
    }
}
