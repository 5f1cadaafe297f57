package org.ecokiosk.kiosk;

import static org.ecokiosk.kiosk.KioskFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Water answers in a resident's order: drinking water first, then "X 条河湖中 Y 条达到目标", then the
 * water bodies with a target — naming the deciding parameters only where the target is missed — and
 * one sample banner for the page instead of a badge per row. On the environment snapshot the
 * Jialing reach (Ⅲ, target Ⅱ) misses its target on ammonia nitrogen; the Liangtan section (Ⅳ) meets Ⅳ.
 */
@ExtendWith(ApplicationExtension.class)
class WaterScreenTest {

    @RegisterExtension
    final KioskFixture fixture = KioskFixture.shown().on((config, dir) -> EnvironmentScreensTest.snapshot(), java.time.Clock.systemDefaultZone());

    @Test
    void drinkingWaterFirstThenTheSummaryThenTheTargetedBodies(FxRobot robot) throws Exception {
        robot.clickOn("#tile-water");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#water-summary").tryQuery().isPresent());
        VBox page = (VBox) robot.lookup("#water-screen").queryAs(ScrollPane.class).getContent();
        List<String> order = page.getChildren().stream().map(Node::getId).filter(java.util.Objects::nonNull).toList();
        assertEquals(List.of("sample-banner", "water-drinking", "water-summary-card", "water-bodies", "water-others"),
                order.subList(0, 5), "drinking water and the summary lead, after the one sample banner");

        assertEquals("2 条有规划目标的河湖中 1 条达到目标", text(robot, "#water-summary"));
        assertEquals("未达到", text(robot, "#water-summary-status"));

        // deciding parameters only where the target is missed
        assertEquals("超标指标：氨氮", text(robot, "#water-deciding-ws-jialing"));
        assertEquals("已达到", text(robot, "#water-status-ws-liangtan-xixiqiao"));
        assertTrue(robot.lookup("#water-deciding-ws-liangtan-xixiqiao").tryQuery().isEmpty());
        assertTrue(robot.lookup("#water-deciding-ws-src-jingkou").tryQuery().isEmpty(), "the sources meet Ⅲ");
        assertFalse(robot.lookup(".row-muted").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> l.getText().startsWith("决定类别的指标")), "no deciding line on rows that meet");

        // the drinking-water sources are listed in their card, the rest by class only
        Node drinking = robot.lookup("#water-drinking").query();
        assertTrue(drinking.lookup("#water-row-ws-src-jingkou") != null);
        Node others = robot.lookup("#water-others").query();
        assertTrue(others.lookup("#water-row-ws-qingshuixi") != null, "a creek without a target, by class only");
        assertTrue(others.lookup("#water-status-ws-qingshuixi") == null, "no verdict without a target");

        // whether the figures are sample is said once, at the top (pages visited before wait hidden
        // in the window with banners of their own: the one showing has one, and the window shows one)
        assertEquals(1, robot.lookup("#water-screen #sample-banner").queryAll().size());
        assertEquals(1, robot.lookup("#sample-banner").queryAll().stream().filter(KioskFixture::showing).count());
        assertTrue(robot.lookup("#water-screen .sample-badge").queryAll().isEmpty(), "no badge per row");
    }

    @Test
    void theSummaryIsInEnglishToo(FxRobot robot) throws Exception {
        robot.clickOn("#tile-water");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#water-summary").tryQuery().isPresent());
        robot.clickOn("#language-button");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#water-summary").startsWith("1 of 2"));
        assertEquals("1 of 2 rivers and lakes with a plan target meet it", text(robot, "#water-summary"));
    }
}
