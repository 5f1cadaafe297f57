package org.ecokiosk.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import org.ecokiosk.snapshot.TestSnapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screens are built on first use and prepared while home idles; after a snapshot hot swap every
 * one of them — visited before or prepared in the background — shows the new data (one never
 * built before the swap: {@link UnbuiltScreenAfterSwapTest}).
 */
@ExtendWith(ApplicationExtension.class)
class LazyScreensTest {
    static final String RENAMED_TOWN = "中梁镇（新数据）";
    static final String RENAMED_FACILITY = "井口污水处理厂（新数据）";
    @RegisterExtension
    final KioskFixture fixture = KioskFixture.shown();

    /** Until a label matching {@code query} reads {@code expected}, checked on the FX thread (never a half-built page). */
    private static void waitForText(FxRobot robot, String query, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup(query)
                .queryAllAs(Labeled.class).stream().anyMatch(l -> expected.equals(l.getText()))).get());
    }

    /** A copy of the test snapshot with one town and one facility renamed (re-hashed, so it verifies). */
    static Path renamedCopy() throws Exception {
        Path copy = Files.createTempDirectory("kiosk-swap").resolve("renamed.sqlite");
        Files.copy(KioskFixture.snapshot(), copy, StandardCopyOption.REPLACE_EXISTING);
        TestSnapshots.editAndRehash(copy,
                "UPDATE eco_town SET name_zh = '" + RENAMED_TOWN + "' WHERE code = 'town-zhongliang'",
                "UPDATE facility SET name_zh = '" + RENAMED_FACILITY + "' WHERE code = 'fac-jingkou-wwtp'");
        return copy;
    }

    @Test
    void everyScreenShowsTheNewSnapshotAfterAHotSwap(FxRobot robot) throws Exception {
        robot.clickOn("#tile-towns");
        waitForText(robot, ".card-title", "中梁镇");
        robot.clickOn("#home-button");

        // returns once the preparation the swap starts again is done
        fixture.swapTo(renamedCopy());
        robot.clickOn("#tile-towns");
        waitForText(robot, ".card-title", RENAMED_TOWN);
        robot.clickOn("#home-button");
        robot.clickOn("#tile-facilities");
        waitForText(robot, ".card-title", RENAMED_FACILITY);
        // and the preparation after the swap readied the screens with the new data too
        robot.clickOn("#home-button");
        robot.clickOn("#tile-towns");
        waitForText(robot, ".card-title", RENAMED_TOWN);
    }
}
