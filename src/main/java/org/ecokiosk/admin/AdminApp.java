package org.ecokiosk.admin;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.config.PinGuard;
import org.ecokiosk.kiosk.KioskAssembly;
import org.ecokiosk.kiosk.KioskFonts;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.model.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code eco-kiosk admin}: admin mode in a window of its own, for a staff PC. The PIN first
 * (same guard and counter as the kiosk), then the admin view; closing the window or "back"
 * ends the session, which is logged before the program exits. Parameters: {@code --config=FILE},
 * {@code --snapshot=FILE} (used when the store has no current snapshot), {@code --reports=DIR}.
 */
public final class AdminApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(AdminApp.class);
    private KioskConfig config;
    private Optional<Path> snapshot = Optional.empty();
    private Path reports = AdminMode.DEFAULT_REPORTS;
    private final Background work = new Background();
    private AdminSession session;

    @Override
    public void init() throws Exception {
        Map<String, String> named = getParameters().getNamed();
        config = KioskConfig.loadOrDefaults(Path.of(named.getOrDefault("config", KioskConfig.DEFAULT_FILE.toString())));
        config.warnings().forEach(w -> LOG.warn("kiosk-config: {}", w));
        if (named.containsKey("snapshot")) {
            snapshot = Optional.of(Path.of(named.get("snapshot")));
        }
        if (named.containsKey("reports")) {
            reports = Path.of(named.get("reports"));
        }
    }

    @Override
    public void start(Stage stage) {
        KioskFonts.load();
        // the window's close must wait for the session's last audit line
        Platform.setImplicitExit(false);
        Messages messages = new Messages();
        messages.languageProperty().set(Language.fromCode(config.defaultLanguage()));
        PinGuard guard = new PinGuard(config.adminPinHash(), config.pinTriesFile(), Clock.systemDefaultZone());
        AdminPinView pin = new AdminPinView(messages, guard, work, () -> showAdmin(stage, messages));
        Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(pin.root(), Math.min(1280, bounds.getWidth()), Math.min(800, bounds.getHeight()));
        scene.getStylesheets().add(AdminApp.class.getResource(KioskAssembly.STYLESHEET).toExternalForm());
        AdminMode.addStylesheet(scene);
        stage.setScene(scene);
        stage.setTitle("eco-kiosk 管理 / admin — " + config.kioskId());
        stage.setOnCloseRequest(e -> {
            e.consume();
            close();
        });
        stage.show();
        pin.focus();
    }

    private void showAdmin(Stage stage, Messages messages) {
        AdminActions actions = new AdminActions(config, reports, snapshot, Clock.systemDefaultZone());
        session = new AdminSession(actions, work, config.adminIdleMinutes(), stage::hide, Platform::exit);
        AdminView view = new AdminView(actions, messages, work, config, "admin.close", this::close);
        stage.getScene().setRoot(view.root());
        session.start(view.root(), "command line");
    }

    /** Back, the window's close box and the idle timeout all end here: log, then exit. */
    private void close() {
        if (session != null && session.isActive()) {
            session.end("window closed");
        } else {
            Platform.exit();
        }
    }
}
