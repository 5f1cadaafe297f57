package org.ecokiosk.admin;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ecokiosk.config.PinGuard;
import org.ecokiosk.kiosk.i18n.DateTexts;
import org.ecokiosk.kiosk.i18n.Messages;

/**
 * The PIN question of {@code eco-kiosk admin} on a staff PC: a password field (there is a
 * keyboard there), checked off the FX thread by the same PinGuard and try counter as the
 * kiosk's pad (and audited alike), so the lockout cannot be sidestepped by starting admin mode
 * from the shell.
 */
final class AdminPinView {
    private final StackPane root = new StackPane();
    private final PasswordField field = new PasswordField();
    private final Label message = Ui.label("admin-pin-message", "admin-pin-message");
    private final Button ok;

    private final ZoneId zone;

    /** @param zone the kiosk's zone ({@code kiosk.zone}): the lock's end is said in it, not in the PC's */
    AdminPinView(Messages messages, ZoneId zone, Function<char[], PinGuard.Outcome> guard, Background work,
                 Runnable onAccepted) {
        this.zone = zone;
        root.setId("admin-pin");
        root.getStyleClass().addAll("admin-root", "admin-pin-root");
        Label title = Ui.heading(messages, "pin.title");
        title.getStyleClass().add("admin-section-title");
        field.setId("admin-pin-field");
        field.getStyleClass().add("admin-pin-field");
        ok = Ui.button("admin-pin-ok", messages, "admin.pin.ok", () -> check(messages, guard, work, onAccepted));
        ok.getStyleClass().add("admin-primary");
        field.setOnAction(e -> ok.fire());
        VBox card = new VBox(title, field, ok, message);
        card.getStyleClass().add("admin-pin-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        root.getChildren().add(card);
    }

    private void check(Messages messages, Function<char[], PinGuard.Outcome> guard, Background work,
                       Runnable onAccepted) {
        char[] pin = field.getText().toCharArray();
        field.clear();
        message.setText(messages.get("pin.checking"));
        ok.setDisable(true);
        field.setDisable(true);
        work.run(() -> {
            try {
                return guard.apply(pin);
            } finally {
                Arrays.fill(pin, '\0');
            }
        }, outcome -> {
            ok.setDisable(false);
            field.setDisable(false);
            switch (outcome.verdict()) {
                case ACCEPTED -> {
                    message.setText("");
                    onAccepted.run();
                }
                case LOCKED -> message.setText(messages.get("pin.locked",
                        DateTexts.clockTime(outcome.lockedUntil(), zone)));
                default -> message.setText(messages.get("pin.wrong", outcome.triesLeft()));
            }
            field.requestFocus();
        }, error -> {
            ok.setDisable(false);
            field.setDisable(false);
            message.setText(messages.get("pin.error"));
        });
    }

    Parent root() {
        return root;
    }

    void focus() {
        field.requestFocus();
    }
}
