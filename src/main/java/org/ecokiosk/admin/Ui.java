package org.ecokiosk.admin;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import org.ecokiosk.kiosk.i18n.Messages;

/** The few control shapes admin mode uses, each labelled from the bundles and big enough for a finger. */
final class Ui {
    private Ui() {
    }

    static Button button(String id, Messages messages, String key, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().add("admin-button");
        b.textProperty().bind(messages.text(key));
        b.setOnAction(e -> action.run());
        // a button's word is never cut to "Inform…": rows wrap instead (see the FlowPanes)
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }

    static ToggleButton toggle(String id, Messages messages, String key, ToggleGroup group) {
        ToggleButton t = new ToggleButton();
        t.setId(id);
        t.getStyleClass().add("admin-toggle");
        t.textProperty().bind(messages.text(key));
        t.setToggleGroup(group);
        t.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return t;
    }

    static Label label(String id, String styleClass) {
        Label l = label(styleClass);
        l.setId(id);
        return l;
    }

    /** A wrapping label without an id (a line of a list, a heading). */
    static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        return l;
    }

    static Label heading(Messages messages, String key) {
        Label l = label("admin-heading");
        l.textProperty().bind(messages.text(key));
        return l;
    }

    /** A toggle group where tapping the chosen button again keeps it chosen (one kind is always picked). */
    static ToggleGroup alwaysOne() {
        ToggleGroup group = new ToggleGroup();
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null && was != null) {
                group.selectToggle(was);
            }
        });
        return group;
    }
}
