package org.ecokiosk.kiosk;

import static org.ecokiosk.kiosk.KioskFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ecokiosk.kiosk.widgets.Glyph;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Home on the test content: the hero card with the latest (sample, stale) hour, and each tile with
 * its icon and the live figure of the screen behind it, in both languages.
 */
@ExtendWith(ApplicationExtension.class)
class HomeScreenTest {
    @RegisterExtension
    final KioskFixture fixture = KioskFixture.shown();

    private void waitForHome(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fixture.kiosk().shell().navigator().current().orElseThrow().showsData()
                && robot.lookup("#home-tile-news-value").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Home's eight models go loading in one show and answer one by one: home is laid out once for
     * the burst and at most once per answer (it was once per state change: twice per model).
     */
    @Test
    void homeIsNotRebuiltForEveryStateOfEveryModel(FxRobot robot) throws Exception {
        waitForHome(robot);
        org.ecokiosk.kiosk.screens.HomeScreen home =
                (org.ecokiosk.kiosk.screens.HomeScreen) fixture.kiosk().shell().navigator().current().orElseThrow();
        int models = 8; // air, water, noise, green, plan, facilities, towns, news
        assertTrue(home.rebuilds() <= models + 2, home.rebuilds() + " rebuilds for " + models + " models");
    }

    @Test
    void tilesShowTheirIconsAndTheFiguresOfTheScreensBehindThem(FxRobot robot) throws Exception {
        waitForHome(robot);
        for (String id : new String[] {"air", "water", "noise", "green", "plan", "towns", "facilities", "news"}) {
            Node tile = robot.lookup("#tile-" + id).query();
            assertFalse(tile.lookupAll(".tile-icon").stream().filter(n -> n instanceof Glyph).toList().isEmpty(),
                    id + " has an icon");
        }
        assertEquals("312 天", text(robot, "#home-tile-air-value"));
        assertEquals("已达到", text(robot, "#home-tile-air-status"));
        assertEquals("52.5 dB(A)", text(robot, "#home-tile-noise-value"));
        assertEquals("40.2 %", text(robot, "#home-tile-green-value"));
        assertTrue(text(robot, "#home-tile-water-value").endsWith("类"), text(robot, "#home-tile-water-value"));
        assertTrue(text(robot, "#home-tile-plan-value").matches("\\d+ / \\d+"), text(robot, "#home-tile-plan-value"));
        assertEquals("12月19日", text(robot, "#home-tile-facilities-value"));
        assertTrue(text(robot, "#home-tile-news-value").contains("开放日"), text(robot, "#home-tile-news-value"));
        // the eco-towns as the towns screen counts them: none in a batch yet, the plan's 3-4 by 2025, two applying
        assertEquals("0 个", text(robot, "#home-tile-towns-value"));
        List<String> towns = robot.lookup("#tile-towns .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
        assertTrue(towns.contains("2025 年目标：3-4 个"), towns.toString());
        assertTrue(towns.contains("另有 2 个镇街正在推动创建"), towns.toString());
        // the bundled series are sample data: home's one banner says so (not a badge on every tile)
        assertTrue(robot.lookup("#" + org.ecokiosk.kiosk.widgets.SampleBanner.ID).query().isVisible());
        assertTrue(robot.lookup("#tile-noise").query().lookupAll(".sample-badge").isEmpty());

        // the hero: the test content's hourly sample series ends on 1 Nov, a month before "today"
        assertEquals("更新于 11月1日 0时 · 数据已经 34 天没有更新", text(robot, "#home-air-time"));
        assertTrue(robot.lookup("#home-air-time").query().getStyleClass().contains("stale-time"));

        robot.clickOn("#language-button");
        waitForHome(robot);
        assertEquals("312 days", text(robot, "#home-tile-air-value"));
        assertEquals("Met", text(robot, "#home-tile-air-status"));
        assertEquals("19 Dec", text(robot, "#home-tile-facilities-value"));
        assertTrue(text(robot, "#home-tile-water-value").startsWith("Class"), text(robot, "#home-tile-water-value"));
        assertEquals("Updated 1 Nov, 00:00 · no new data for 34 days", text(robot, "#home-air-time"));
        assertEquals("0", text(robot, "#home-tile-towns-value"));

        robot.clickOn("#tile-noise");
        assertTrue(robot.lookup("#noise-screen").query().isVisible(), "a tile still opens its screen");
    }
}
