package org.ecokiosk.kiosk;

import static org.ecokiosk.kiosk.KioskFixture.text;
import static org.ecokiosk.kiosk.KioskFixture.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The air, water, noise and green-space screens on a snapshot with sample monitoring data, headless. */
@ExtendWith(ApplicationExtension.class)
class EnvironmentScreensTest {
    private static Path snapshot;

    static synchronized Path snapshot() throws Exception {
        if (snapshot == null) {
            Path dir = Files.createTempDirectory("kiosk-env");
            dir.toFile().deleteOnExit();
            snapshot = EnvironmentSnapshots.write(dir.resolve("env.sqlite"), EnvironmentSnapshots.LATEST_2026);
        }
        return snapshot;
    }

    @RegisterExtension
    final KioskFixture fixture = KioskFixture.shown().on((config, dir) -> snapshot(), java.time.Clock.systemDefaultZone());

    private static void home(FxRobot robot) {
        robot.clickOn("#home-button");
        assertTrue(robot.lookup("#home-screen").query().isVisible());
        // home shows the latest AQI, which in the test content is sample data: the bar must say so there too
        assertTrue(robot.lookup("#sample-badge").query().isVisible(), "home's AQI is sample data");
    }

    @Test
    void eachScreenOneTouchFromHomeWithItsFiguresAndTheSampleBadge(FxRobot robot) throws Exception {
        robot.clickOn("#tile-air");
        assertEquals("空气质量", text(robot, "#screen-title"));
        waitFor(robot, "#air-today-aqi");
        assertTrue(robot.lookup("#air-provisional-note").tryQuery().isEmpty(), "2026-03-05: HJ 633-2026, not provisional");
        assertEquals(30, robot.lookup(".cal-cell").queryAll().size());
        assertTrue(robot.lookup("#air-good-days-chart").tryQuery().isPresent());
        assertTrue(robot.lookup("#sample-badge").query().isVisible(), "the bar says the figures are sample");
        assertEquals(1, robot.lookup("#air-screen #" + org.ecokiosk.kiosk.widgets.SampleBanner.ID).queryAll().size(),
                "one sample banner for the page");
        assertTrue(robot.lookup("#air-screen .sample-badge").queryAll().isEmpty(), "and no badge on a card under it");
        home(robot);

        robot.clickOn("#tile-water");
        waitFor(robot, "#water-status-ws-jialing");
        assertEquals("未达到", text(robot, "#water-status-ws-jialing"));
        assertEquals("超标指标：氨氮", text(robot, "#water-deciding-ws-jialing"));
        assertEquals("Ⅲ类 良好", text(robot, "#water-class-ws-jialing"));
        assertEquals("已达到", text(robot, "#water-drinking-status"));
        assertTrue(robot.lookup("#sample-badge").query().isVisible());
        home(robot);

        robot.clickOn("#tile-noise");
        waitFor(robot, "#noise-regional-day");
        assertEquals("二级 · 较好", text(robot, "#noise-regional-day-grade"));
        assertEquals("未达到", text(robot, "#noise-zone-4a-night"));
        assertTrue(text(robot, "#noise-hotline").contains("12369"));
        home(robot);

        robot.clickOn("#tile-green");
        waitFor(robot, "#green-built-up-green-value");
        assertEquals("40.2 %", text(robot, "#green-built-up-green-value"));
        assertEquals("已达到", text(robot, "#green-built-up-green-status"));
        assertEquals("暂无监测数据", text(robot, "#green-nature-reserve-value"));
        assertTrue(robot.lookup("#green-promise").tryQuery().isPresent());
        home(robot);
    }

    @Test
    void languageSwitchRelabelsTheWaterScreen(FxRobot robot) throws Exception {
        robot.clickOn("#tile-water");
        waitFor(robot, "#water-status-ws-jialing");
        robot.clickOn("#language-button");
        assertEquals("Water", text(robot, "#screen-title"));
        assertEquals("Not yet met", text(robot, "#water-status-ws-jialing"));
        assertEquals("Above target: Ammonia nitrogen", text(robot, "#water-deciding-ws-jialing"));
        assertEquals("Class III Good", text(robot, "#water-class-ws-jialing"));
        robot.clickOn("#language-button");
        assertEquals("未达到", text(robot, "#water-status-ws-jialing"));
    }

    @Test
    void largeTextEnlargesTheAirScreenWithoutWideningItAndAVisitorResetScrollsBackUp(FxRobot robot) throws Exception {
        robot.clickOn("#tile-air");
        waitFor(robot, "#air-today-aqi");
        // the page may be laid out again once the window has its final size (the text size follows it)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Math.abs(robot.lookup("#air-today-aqi").queryAs(Label.class)
                .getFont().getSize() - 88.0) < 0.01);
        assertEquals(88.0, robot.lookup("#air-today-aqi").queryAs(Label.class).getFont().getSize(), 0.01, "4.4em of 20px");
        robot.clickOn("#large-text-button");
        waitFor(robot, "#air-today-aqi");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(132.0, robot.lookup("#air-today-aqi").queryAs(Label.class).getFont().getSize(), 0.01, "4.4em of 30px");
        ScrollPane scroll = robot.lookup("#air-screen").queryAs(ScrollPane.class);
        Node content = scroll.getContent();
        assertTrue(content.getLayoutBounds().getWidth() <= scroll.getViewportBounds().getWidth() + 1,
                "nothing runs off the right edge in 大字");
        robot.interact(() -> scroll.setVvalue(1));
        robot.interact(() -> fixture.kiosk().shell().resetForNextVisitor());
        assertEquals(0, scroll.getVvalue(), 1e-9, "the next visitor starts at the top");
        assertTrue(robot.lookup("#home-screen").query().isVisible());
    }
}
