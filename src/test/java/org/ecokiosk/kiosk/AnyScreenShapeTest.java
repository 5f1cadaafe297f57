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

    @ParameterizedTest
    @CsvSource({"1080, 1920", "1280, 800"})
    void nothingLeavesTheWindowSideways(int width, int height, FxRobot robot) throws Exception {
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
        for (Language language : Language.values()) {
            WaitForAsyncUtils.asyncFx(() -> fixture.kiosk.shell().messages().languageProperty().set(language)).get();
            for (String id : SCREENS) {
                WaitForAsyncUtils.asyncFx(() -> {
                    fixture.kiosk.shell().navigator().show(id);
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                }).get();
                Screen screen = fixture.kiosk.shell().navigator().current();
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, screen::showsData);
                WaitForAsyncUtils.waitForFxEvents(5);
                WaitForAsyncUtils.asyncFx(() -> {
                    // no window, so no pulses: lay out by hand (twice: the bar and tiles react to the first)
                    for (int pass = 0; pass < 3; pass++) {
                        scene.getRoot().applyCss();
                        scene.getRoot().layout();
                    }
                    outside(scene.getRoot(), scene.getWidth(), problems, language + " " + width + "x" + height + " " + id);
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
