package org.ecokiosk.kiosk.shell;

import java.util.Optional;
import javafx.scene.control.Button;
import org.ecokiosk.kiosk.i18n.Messages;

/** After the right PIN: admin mode, leave the kiosk for the desktop, or back to the kiosk. */
final class AdminMenu extends Overlay {
    AdminMenu(Messages messages, Optional<AdminEntry> admin, Runnable onAdmin, Runnable onExit, Runnable onCancel) {
        super("admin-menu", messages, "admin.menu.title");
        if (admin.isPresent()) {
            card.getChildren().add(button(messages, "admin-enter", "admin.menu.admin", onAdmin));
        }
        card.getChildren().add(button(messages, "admin-exit", "admin.menu.exit", onExit));
        card.getChildren().add(button(messages, "admin-cancel", "admin.menu.cancel", onCancel));
    }

    private static Button button(Messages messages, String id, String key, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().add("primary-button");
        b.setMaxWidth(Double.MAX_VALUE);
        b.textProperty().bind(messages.text(key));
        b.setOnAction(e -> action.run());
        return b;
    }
}
