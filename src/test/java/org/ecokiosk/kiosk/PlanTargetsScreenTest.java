package org.ecokiosk.kiosk;

import static org.ecokiosk.kiosk.KioskFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The plan screen on a portrait totem (1080×1920) in 大字, where each row stacks its name above its
 * three figures: every group's header still names all four columns, "指标" first, as in the other
 * modes; and the screen says which year its tally judged (the bundled content's data reach
 * 31 October 2026, so the final review's 2025).
 */
@ExtendWith(ApplicationExtension.class)
class PlanTargetsScreenTest {

    @RegisterExtension
    final KioskFixture fixture = KioskFixture.shown().size(1080, 1920);

    private static List<String> captions(Node header) {
        return ((GridPane) header).getChildren().stream().filter(Labeled.class::isInstance)
                .map(n -> ((Labeled) n).getText()).toList();
    }

    @Test
    void theStackedTableKeepsItsIndicatorHeaderAndTheTallyNamesItsYear(FxRobot robot) throws Exception {
        // 大字 as the bar's switch sets it, then the plan as its tile opens it (the robot's clicks did not reach the
        // bar of this 1080×1920 window under headless Monocle)
        WaitForAsyncUtils.asyncFx(() -> {
            fixture.kiosk().shell().textScale().largeProperty().set(true);
            fixture.kiosk().shell().navigator().show("plan");
        }).get();
        KioskFixture.waitFor(robot, "#plan-judged");
        List<Node> headers = robot.lookup("#plan-screen .plan-row-header").queryAll().stream()
                .filter(KioskFixture::showing).toList();
        assertEquals(5, headers.size(), "one header per group of the plan");
        for (Node header : headers) {
            assertEquals(List.of("指标", "现状", "2025 年目标", "是否达到"), captions(header));
        }
        // stacked: the name spans the row above the three figures, as in the rows
        Node indicator = ((GridPane) headers.get(0)).getChildren().get(0);
        assertEquals(3, GridPane.getColumnSpan(indicator));
        assertEquals(0, GridPane.getRowIndex(indicator));
        assertEquals("以上按规划终期评估（2025 年）的口径统计，各项采用截至 2025 年的最新数值。", text(robot, "#plan-judged"));

        WaitForAsyncUtils.asyncFx(() -> fixture.kiosk().shell().messages().languageProperty()
                .set(org.ecokiosk.model.Language.EN)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#plan-judged").startsWith("Counted"));
        assertEquals("Counted as in the plan's final review (2025): each target is judged on its latest figure up to 2025.",
                text(robot, "#plan-judged"));
        for (Node header : robot.lookup("#plan-screen .plan-row-header").queryAll().stream()
                .filter(KioskFixture::showing).toList()) {
            assertFalse(captions(header).isEmpty());
            assertEquals("Indicator", captions(header).get(0));
        }
    }
}
