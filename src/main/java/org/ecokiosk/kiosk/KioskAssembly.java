package org.ecokiosk.kiosk;

import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;
import javafx.util.Duration;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.config.PinGuard;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.screens.AirScreen;
import org.ecokiosk.kiosk.screens.ComingScreen;
import org.ecokiosk.kiosk.screens.GreenScreen;
import org.ecokiosk.kiosk.screens.HomeScreen;
import org.ecokiosk.kiosk.screens.NoiseScreen;
import org.ecokiosk.kiosk.screens.PlanTargetsScreen;
import org.ecokiosk.kiosk.screens.WaterScreen;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.shell.IdleMonitor;
import org.ecokiosk.kiosk.shell.KioskShell;
import org.ecokiosk.kiosk.shell.Navigator;
import org.ecokiosk.kiosk.shell.TextScale;
import org.ecokiosk.model.Language;

/**
 * Wires the kiosk from its parts: config, the open snapshot, screens, shell, idle loop.
 * Kept apart from the Application so tests build exactly what residents see.
 */
public final class KioskAssembly {
    public static final String STYLESHEET = "/org/ecokiosk/kiosk/kiosk.css";
    public static final String ENVIRONMENT_STYLESHEET = "/org/ecokiosk/kiosk/screens-environment.css";

    private final KioskShell shell;
    private final IdleMonitor idle;
    private Navigator navigator;

    public KioskAssembly(KioskConfig config, SnapshotSession session, double screenHeight, Runnable onExit) {
        this(config, session, screenHeight, onExit, java.util.Optional.empty(), java.time.Clock.systemDefaultZone());
    }

    public KioskAssembly(KioskConfig config, SnapshotSession session, double screenHeight, Runnable onExit,
                         java.util.Optional<org.ecokiosk.kiosk.shell.AdminEntry> admin, java.time.Clock clock) {
        KioskFonts.load();
        Messages messages = new Messages();
        navigator = new Navigator();
        navigator.register(new HomeScreen(messages, navigator, config.screenOrder()));
        navigator.register(new PlanTargetsScreen(messages, session));
        TextScale scale = new TextScale(screenHeight);
        navigator.register(new AirScreen(messages, session, scale));
        navigator.register(new WaterScreen(messages, session, scale));
        navigator.register(new NoiseScreen(messages, session, scale));
        navigator.register(new GreenScreen(messages, session, scale));
        for (String id : config.screenOrder()) {
            if (navigator.screen(id).isEmpty()) {
                navigator.register(new ComingScreen(id, messages, navigator));
            }
        }
        PinGuard guard = new PinGuard(config.adminPinHash(), config.pinTriesFile(), clock);
        shell = new KioskShell(messages, session, navigator, scale,
                Language.fromCode(config.defaultLanguage()),
                pin -> CompletableFuture.supplyAsync(() -> guard.attempt(pin)), onExit, admin);
        idle = new IdleMonitor(Duration.seconds(config.idleSeconds()), shell::resetForNextVisitor);
        navigator.home();
    }

    public Scene createScene(double width, double height) {
        Scene scene = new Scene(shell.root(), width, height);
        install(scene);
        return scene;
    }

    /** Adds the stylesheet and starts watching the scene for a visitor's touches. */
    public void install(Scene scene) {
        scene.getStylesheets().add(KioskAssembly.class.getResource(STYLESHEET).toExternalForm());
        scene.getStylesheets().add(KioskAssembly.class.getResource(ENVIRONMENT_STYLESHEET).toExternalForm());
        idle.watch(scene);
    }

    /** After a hot swap: every screen reloads from the new snapshot. Call on the FX thread. */
    public void snapshotChanged() {
        navigator.snapshotChanged();
    }

    public KioskShell shell() {
        return shell;
    }

    public IdleMonitor idle() {
        return idle;
    }
}
