package org.ecokiosk.kiosk;

import java.net.URL;
import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ecokiosk.kiosk.shell.AlertBanner;
import org.ecokiosk.kiosk.widgets.Icons;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Off the FX thread, while the snapshot is checked: styles a throwaway scene of the controls the
 * kiosk uses with its stylesheets. That parses JavaFX's default theme and ours once (the style
 * manager keeps parsed stylesheets for every scene) and loads the controls', skins' and icons' classes,
 * work the first frame otherwise did on the FX thread. JavaFX allows building and styling a scene
 * on any thread until a window shows it; this one is never shown.
 */
final class StyleWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(StyleWarmUp.class);
    /** Every stylesheet the kiosk's first screens use (the window's and the alert banner's). */
    static final List<String> STYLESHEETS = List.of(KioskAssembly.STYLESHEET, KioskAssembly.ENVIRONMENT_STYLESHEET,
            KioskAssembly.COMMUNITY_STYLESHEET, AlertBanner.STYLESHEET);

    private StyleWarmUp() {
    }

    static void run() {
        try {
            // an icon too: Ikonli finds its icon packs and loads the icon font on first use (home's
            // tiles were the first, on the FX thread)
            VBox page = new VBox(new Label("生态环境 warm-up"), new Button("首页"), new ToggleButton("大字"),
                    new HBox(new Label("AQI")), new GridPane(), Icons.moreBelow("icon-warm-up"));
            ScrollPane scroll = new ScrollPane(page);
            VBox root = new VBox(new HBox(new Button("English")), scroll);
            root.getStyleClass().add("kiosk-root");
            Scene scene = new Scene(root, 640, 480);
            STYLESHEETS.stream().map(StyleWarmUp.class::getResource).filter(Objects::nonNull).map(URL::toExternalForm)
                    .forEach(scene.getStylesheets()::add);
            root.applyCss();
            root.layout();
        } catch (RuntimeException e) {
            // only an optimisation: the first frame then does this work itself
            LOG.debug("style warm-up skipped: {}", e.toString());
        }
    }
}
