package org.ecokiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.ecokiosk.kiosk.shell.Screen;
import org.ecokiosk.model.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Portrait totems and small landscape panels: on every screen, in both languages, no visible
 * node lies outside the window horizontally, and the admin corner stays at the top-left.
 */
@ExtendWith(ApplicationExtension.class)
class AnyScreenShapeTest {
    private static final List<String> SCREENS = List.of("home", "air", "water", "noise", "green", "plan", "towns",
            "facilities", "news");
    private KioskFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** Home's own nodes, which must be there (and so walked) on every shape: the hero and the tiles' figures. */
    private static final List<String> HOME_NODES = List.of("#home-air-aqi", "#home-air-time", "#home-air-level",
            "#home-tile-air-value", "#home-tile-water-value", "#home-tile-noise-value", "#home-tile-green-value",
            "#home-tile-plan-value", "#home-tile-facilities-value", "#home-tile-news-value", ".tile-icon");

    /** In 大字 only home is walked here (the other screens' 大字 layouts are checked by their own tests). */
    @ParameterizedTest
    @CsvSource({"1080, 1920, false", "1280, 800, false", "1920, 1080, true", "1080, 1920, true", "1280, 800, true"})
    void nothingLeavesTheWindowSideways(int width, int height, boolean large, FxRobot robot) throws Exception {
        Scene[] scenes = new Scene[1];
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                fixture = KioskFixture.offScreen(width, height, scenes);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).get(20, TimeUnit.SECONDS);
        Scene scene = scenes[0];
        List<String> problems = new ArrayList<>();
        List<String> screens = large ? List.of("home") : SCREENS;
        WaitForAsyncUtils.asyncFx(() -> fixture.kiosk.shell().textScale().largeProperty().set(large)).get();
        for (Language language : Language.values()) {
            WaitForAsyncUtils.asyncFx(() -> fixture.kiosk.shell().messages().languageProperty().set(language)).get();
            for (String id : screens) {
                WaitForAsyncUtils.asyncFx(() -> {
                    fixture.kiosk.shell().navigator().show(id);
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                }).get();
                Screen screen = fixture.kiosk.shell().navigator().current().orElseThrow();
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, screen::showsData);
                WaitForAsyncUtils.waitForFxEvents(5);
                WaitForAsyncUtils.asyncFx(() -> {
                    // no window, so no pulses: lay out by hand (twice: the bar and tiles react to the first)
                    for (int pass = 0; pass < 3; pass++) {
                        scene.getRoot().applyCss();
                        scene.getRoot().layout();
                    }
                    String where = language + " " + width + "x" + height + (large ? " 大字 " : " ") + id;
                    outside(scene.getRoot(), scene.getWidth(), problems, where);
                    if (id.equals("home")) {
                        for (String node : HOME_NODES) {
                            if (scene.getRoot().lookup(node) == null) {
                                problems.add(where + ": no " + node);
                            }
                        }
                    }
                    Bounds corner = scene.lookup("#admin-corner").localToScene(
                            scene.lookup("#admin-corner").getBoundsInLocal());
                    if (corner.getMinX() > 40 || corner.getMinY() > 40 || corner.getWidth() < 20) {
                        problems.add(language + " " + id + ": admin corner not at the top-left: " + corner);
                    }
                }).get();
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
    }

    private static void outside(Node node, double windowWidth, List<String> problems, String where) {
        if (!node.isVisible()) {
            return;
        }
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b.getWidth() > 0 && (b.getMinX() < -1 || b.getMaxX() > windowWidth + 1)) {
            problems.add(where + ": " + describe(node) + " spans x " + Math.round(b.getMinX()) + ".."
                    + Math.round(b.getMaxX()));
            return; // its children would only repeat it
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                outside(child, windowWidth, problems, where);
            }
        }
    }

    private static String describe(Node node) {
        String text = node instanceof javafx.scene.control.Labeled l ? " '" + l.getText() + "'" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId())
                + node.getStyleClass() + text;
    }
}
