package org.ecokiosk.kiosk.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ecokiosk.kiosk.i18n.Messages;

/** A dimmed layer over the kiosk with one centred card: the shape of the PIN pad and the admin menu. */
class Overlay extends StackPane {
    protected final VBox card = new VBox();

    Overlay(String id, Messages messages, String titleKey) {
        setId(id);
        getStyleClass().add("pin-overlay");
        card.getStyleClass().add("pin-box");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Label title = new Label();
        title.getStyleClass().add("pin-title");
        title.textProperty().bind(messages.text(titleKey));
        card.getChildren().add(title);
        getChildren().add(card);
    }
}
