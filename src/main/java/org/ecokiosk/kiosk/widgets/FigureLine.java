package org.ecokiosk.kiosk.widgets;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;

/** One line of a card: a figure, its caption, a chip — left-aligned, each at its preferred width. */
public final class FigureLine {
    private FigureLine() {
    }

    public static HBox of(Node... nodes) {
        HBox box = new HBox(nodes);
        box.getStyleClass().add("env-line");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
