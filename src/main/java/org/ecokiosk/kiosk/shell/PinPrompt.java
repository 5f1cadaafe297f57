package org.ecokiosk.kiosk.shell;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.ecokiosk.config.PinGuard;
import org.ecokiosk.kiosk.i18n.DateTexts;
import org.ecokiosk.kiosk.i18n.Messages;

/**
 * A digit pad drawn inside the kiosk's own scene (a separate window could be dragged aside or
 * lost behind the full-screen stage). The PIN is checked off the FX thread (PBKDF2 with
 * 600,000 iterations takes most of a second); it is kept in a char array and wiped after each try.
 */
final class PinPrompt extends Overlay {
    private final Label message = new Label();
    private final Label dots = new Label();
    private char[] entered = new char[0];

    private final java.time.ZoneId zone;

    /** @param zone the kiosk's zone: the lock's end is said in it */
    PinPrompt(Messages messages, java.time.ZoneId zone, Function<char[], CompletableFuture<PinGuard.Outcome>> check,
              Runnable onAccepted, Runnable onCancel) {
        super("pin-prompt", messages, "pin.title");
        this.zone = zone;
        dots.getStyleClass().add("pin-dots");
        dots.setId("pin-dots");
        message.getStyleClass().add("pin-message");
        message.setId("pin-message");
        GridPane pad = new GridPane();
        pad.getStyleClass().add("pin-pad");
        String[] keys = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "C", "0", "OK"};
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i];
            Button b = new Button(key);
            b.setId("pin-key-" + key);
            b.getStyleClass().add("pin-key");
            b.setOnAction(e -> press(key, messages, check, onAccepted));
            pad.add(b, i % 3, i / 3);
        }
        Button cancel = new Button();
        cancel.setId("pin-cancel");
        cancel.getStyleClass().add("bar-button");
        cancel.textProperty().bind(messages.text("pin.cancel"));
        cancel.setOnAction(e -> {
            clear();
            onCancel.run();
        });
        card.getChildren().addAll(dots, pad, message, cancel);
    }

    private void press(String key, Messages messages, Function<char[], CompletableFuture<PinGuard.Outcome>> check, Runnable onAccepted) {
        switch (key) {
            case "C" -> clear();
            case "OK" -> {
                char[] attempt = entered;
                entered = new char[0];
                dots.setText("");
                message.setText(messages.get("pin.checking"));
                setDisable(true);
                check.apply(attempt).whenComplete((outcome, error) -> {
                    Arrays.fill(attempt, '\0');
                    Platform.runLater(() -> {
                        setDisable(false);
                        if (error != null || outcome == null) {
                            message.setText(messages.get("pin.error"));
                        } else if (outcome.verdict() == PinGuard.Verdict.ACCEPTED) {
                            clear();
                            onAccepted.run();
                        } else if (outcome.verdict() == PinGuard.Verdict.LOCKED) {
                            message.setText(messages.get("pin.locked",
                                    DateTexts.clockTime(outcome.lockedUntil(), zone)));
                        } else {
                            message.setText(messages.get("pin.wrong", outcome.triesLeft()));
                        }
                    });
                });
            }
            default -> {
                if (entered.length < 12) {
                    entered = Arrays.copyOf(entered, entered.length + 1);
                    entered[entered.length - 1] = key.charAt(0);
                }
                dots.setText("●".repeat(entered.length));
            }
        }
    }

    void clear() {
        Arrays.fill(entered, '\0');
        entered = new char[0];
        dots.setText("");
        message.setText("");
    }
}
