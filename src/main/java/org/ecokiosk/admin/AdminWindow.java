package org.ecokiosk.admin;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.config.PinGuard;
import org.ecokiosk.kiosk.KioskApp;
import org.ecokiosk.kiosk.KioskAssembly;
import org.ecokiosk.kiosk.KioskFonts;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.model.Language;
import org.ecokiosk.operations.AdminOperations;

/**
 * {@code eco-kiosk admin}: admin mode in a window of its own, for a staff PC. The PIN first
 * (same guard, counter and audit as the kiosk's pad), then the admin view; closing the window
 * or "close" ends the session, which is logged before the program exits.
 */
public final class AdminWindow implements KioskApp.Window {
    private final AdminOperations operations;
    private final KioskConfig config;
    private final Function<char[], PinGuard.Outcome> pinCheck;
    private final PreviewKiosk previews;
    private final Background work = new Background();
    private AdminSession session;

    public AdminWindow(AdminOperations operations, KioskConfig config, Function<char[], PinGuard.Outcome> pinCheck,
                       PreviewKiosk previews) {
        this.operations = operations;
        this.config = config;
        this.pinCheck = pinCheck;
        this.previews = previews;
    }

    @Override
    public void show(Stage stage) {
        KioskFonts.load();
        // the window's close must wait for the session's last audit line
        Platform.setImplicitExit(false);
        Messages messages = new Messages();
        messages.languageProperty().set(Language.fromCode(config.defaultLanguage()));
        AdminPinView pin = new AdminPinView(messages, config.zone(), pinCheck, work, () -> showAdmin(stage, messages));
        Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(pin.root(), Math.min(1280, bounds.getWidth()), Math.min(800, bounds.getHeight()));
        scene.getStylesheets().add(AdminWindow.class.getResource(KioskAssembly.STYLESHEET).toExternalForm());
        AdminMode.addStylesheet(scene);
        stage.setScene(scene);
        stage.setTitle("eco-kiosk 管理 / admin — " + config.kioskId());
        stage.setOnCloseRequest(e -> {
            e.consume();
            end();
        });
        stage.show();
        pin.focus();
    }

    private void showAdmin(Stage stage, Messages messages) {
        session = new AdminSession(operations, work, config.adminIdleMinutes(), stage::hide, Platform::exit);
        AdminView view = new AdminView(operations, messages, work, previews, "admin.close", this::end);
        stage.getScene().setRoot(view.root());
        session.start(view.root(), "command line");
    }

    /** Close, the window's close box and the idle timeout all end here: log, then exit. */
    private void end() {
        if (session != null && session.isActive()) {
            session.end("window closed");
        } else {
            Platform.exit();
        }
    }

    @Override
    public void close() {
        // nothing held open: every admin action opens and closes its own files
    }
}
