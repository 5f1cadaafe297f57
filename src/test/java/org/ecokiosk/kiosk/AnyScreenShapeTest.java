package org.ecokiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
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
 * Portrait totems and small landscape panels: on every screen, at 1920×1080, 1280×800 and
 * 1080×1920, in both languages, normal and 大字, no visible node lies outside the window
 * horizontally, no label is cut short or broken inside a word (its laid-out text compared with
 * its string, {@link LaidOutWords}), and the admin corner stays at the top-left. One kiosk per
 * window shape; the language and text size are switched as a visitor would.
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
            "#home-tile-plan-value", "#home-tile-towns-value", "#home-tile-facilities-value", "#home-tile-news-value",
            ".tile-icon");

    @ParameterizedTest
    @CsvSource({"1920, 1080", "1280, 800", "1080, 1920"})
    void nothingLeavesTheWindowSidewaysAndNoWordBreaks(int width, int height, FxRobot robot) throws Exception {
        Scene[] scenes = new Scene[1];
        fixture = KioskFixture.offScreenFromTest(width, height, scenes);
        Scene scene = scenes[0];
        List<String> problems = new ArrayList<>();
        for (boolean large : new boolean[] {false, true}) {
            WaitForAsyncUtils.asyncFx(() -> fixture.kiosk().shell().textScale().largeProperty().set(large)).get();
            for (Language language : Language.values()) {
                WaitForAsyncUtils.asyncFx(() -> fixture.kiosk().shell().messages().languageProperty().set(language)).get();
                for (String id : SCREENS) {
                    look(scene, id, language + " " + width + "x" + height + (large ? " 大字 " : " ") + id, problems);
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n"
                + String.join("\n", problems.subList(0, Math.min(30, problems.size()))));
    }

    private void look(Scene scene, String id, String where, List<String> problems) throws Exception {
        fixture.showLaidOut(scene, id);
        WaitForAsyncUtils.asyncFx(() -> {
            WindowChecks.outside(scene.getRoot(), scene.getWidth(), true, problems, where + ": ");
            WindowChecks.words(scene.getRoot(), KioskFixture::showing, problems, where + ": ");
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
                problems.add(where + ": admin corner not at the top-left: " + corner);
            }
        }).get();
    }
}
