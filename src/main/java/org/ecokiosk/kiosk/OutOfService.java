package org.ecokiosk.kiosk;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.model.Language;

/**
 * What a resident sees when no snapshot at all can be opened (a new kiosk whose content is
 * broken, a damaged disk): a calm notice in both languages, never an error dialog.
 */
final class OutOfService {
    private OutOfService() {
    }

    static Parent view(Messages messages) {
        Label zh = new Label(messages.get(Language.ZH, "unavailable.text"));
        Label en = new Label(messages.get(Language.EN, "unavailable.text"));
        zh.getStyleClass().add("coming-heading");
        en.getStyleClass().add("coming-text");
        zh.setWrapText(true);
        en.setWrapText(true);
        VBox box = new VBox(zh, en);
        box.setId("out-of-service");
        box.getStyleClass().addAll("kiosk-root", "screen", "coming-screen");
        box.setAlignment(Pos.CENTER);
        box.setStyle("-fx-font-size: 24px;");
        return box;
    }
}
