package org.ecokiosk.admin;

import javafx.scene.Scene;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.kiosk.AdminHandover;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.model.Language;
import org.ecokiosk.operations.AdminOperations;

/**
 * Admin mode inside the kiosk: after the PIN, the kiosk's window shows the admin view in place
 * of the kiosk, until "back to kiosk" or the admin idle time — then the kiosk takes its window
 * back, reset for the next visitor.
 */
public final class AdminMode implements AdminHandover {
    private final AdminOperations operations;
    private final KioskConfig config;
    private final PreviewKiosk previews;
    private final Background work = new Background();

    public AdminMode(AdminOperations operations, KioskConfig config, PreviewKiosk previews) {
        this.operations = operations;
        this.config = config;
        this.previews = previews;
    }

    @Override
    public void enter(Scene scene, Runnable backToKiosk) {
        Messages messages = new Messages();
        messages.languageProperty().set(Language.fromCode(config.defaultLanguage()));
        AdminSession[] session = new AdminSession[1];
        AdminView view = new AdminView(operations, messages, work, previews, "admin.back",
                () -> session[0].end("back to kiosk"));
        session[0] = new AdminSession(operations, work, config.adminIdleMinutes(), backToKiosk, () -> { });
        addStylesheet(scene);
        scene.setRoot(view.root());
        session[0].start(view.root(), "kiosk");
    }

    static void addStylesheet(Scene scene) {
        String css = AdminMode.class.getResource(AdminView.STYLESHEET).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }
}
