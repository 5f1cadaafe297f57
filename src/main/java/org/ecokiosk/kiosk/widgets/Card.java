package org.ecokiosk.kiosk.widgets;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** A white card holding one topic (style class {@code env-card}); its look is the stylesheets'. */
public final class Card {
    private Card() {
    }

    /** A card with {@code id} (for tests and the bench) holding {@code children} top to bottom. */
    public static VBox of(String id, Node... children) {
        VBox box = new VBox(children);
        box.getStyleClass().add("env-card");
        box.setId(id);
        return box;
    }
}
