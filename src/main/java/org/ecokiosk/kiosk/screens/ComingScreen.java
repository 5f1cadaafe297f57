package org.ecokiosk.kiosk.screens;

import org.ecokiosk.kiosk.shell.Screen;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.shell.Navigator;

/**
 * An area whose screen is not built yet says so plainly, rather than showing invented
 * figures, and points to the plan-targets screen, which is.
 */
public final class ComingScreen implements Screen {
    private final String id;
    private final VBox view = new VBox();

    public ComingScreen(String id, Messages messages, Navigator navigator) {
        this.id = id;
        view.setId(id + "-screen");
        view.getStyleClass().addAll("screen", "coming-screen");
        view.setAlignment(Pos.CENTER);
        Label heading = new Label();
        heading.getStyleClass().add("coming-heading");
        heading.textProperty().bind(messages.text("tile." + id));
        Label text = new Label();
        text.getStyleClass().add("coming-text");
        text.setWrapText(true);
        text.textProperty().bind(messages.text("coming.text"));
        Button plan = new Button();
        plan.getStyleClass().add("primary-button");
        plan.setId(id + "-to-plan");
        plan.textProperty().bind(messages.text("coming.toPlan"));
        plan.setOnAction(e -> navigator.show("plan"));
        view.getChildren().addAll(heading, text, plan);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String titleKey() {
        return "tile." + id;
    }

    @Override
    public Node view() {
        return view;
    }
}
