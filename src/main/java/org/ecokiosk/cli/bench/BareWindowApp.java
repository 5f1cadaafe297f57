package org.ecokiosk.cli.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ecokiosk.kiosk.FirstFrame;

/** The baseline for the start-up benchmark: a bare JavaFX window with one label. */
public final class BareWindowApp extends Application {
    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("bare")), 1280, 800);
        stage.setScene(scene);
        FirstFrame.report(scene);
        stage.show();
    }
}
