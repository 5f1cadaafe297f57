package org.ecokiosk.kiosk.shell;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ecokiosk.kiosk.i18n.Messages;

/** After the right PIN: admin mode, leave the kiosk for the desktop, or back to the kiosk. */
final class AdminMenu extends StackPane {
    AdminMenu(Messages messages, Optional<AdminEntry> admin, Runnable onAdmin, Runnable onExit, Runnable onCancel) {
        setId("admin-menu");
        getStyleClass().add("pin-overlay");
        VBox box = new VBox();
        box.getStyleClass().add("pin-box");
        box.setAlignment(Pos.CENTER);
        box.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Label title = new Label();
        title.getStyleClass().add("pin-title");
        title.textProperty().bind(messages.text("admin.menu.title"));
        box.getChildren().add(title);
        if (admin.isPresent()) {
            box.getChildren().add(button(messages, "admin-enter", "admin.menu.admin", onAdmin));
        }
        box.getChildren().add(button(messages, "admin-exit", "admin.menu.exit", onExit));
        box.getChildren().add(button(messages, "admin-cancel", "admin.menu.cancel", onCancel));
        getChildren().add(box);
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
