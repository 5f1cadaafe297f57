package org.ecokiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.ecokiosk.snapshot.TestSnapshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screens are built on first use and prepared while home idles; after a snapshot hot swap every
 * one of them — visited before, prepared in the background, or never built — shows the new data.
 */
@ExtendWith(ApplicationExtension.class)
class LazyScreensTest {
    private static final String RENAMED_TOWN = "中梁镇（新数据）";
    private static final String RENAMED_FACILITY = "井口污水处理厂（新数据）";
    private KioskFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = KioskFixture.show(stage, 600);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** Until a label matching {@code query} reads {@code expected}, checked on the FX thread (never a half-built page). */
    private static void waitForText(FxRobot robot, String query, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup(query)
                .queryAllAs(Labeled.class).stream().anyMatch(l -> expected.equals(l.getText()))).get());
    }

    /** A copy of the test snapshot with one town and one facility renamed (re-hashed, so it verifies). */
    private static Path renamedCopy() throws Exception {
        Path copy = Files.createTempDirectory("kiosk-swap").resolve("renamed.sqlite");
        Files.copy(KioskFixture.snapshot(), copy, StandardCopyOption.REPLACE_EXISTING);
        TestSnapshots.editAndRehash(copy,
                "UPDATE eco_town SET name_zh = '" + RENAMED_TOWN + "' WHERE code = 'town-zhongliang'",
                "UPDATE facility SET name_zh = '" + RENAMED_FACILITY + "' WHERE code = 'fac-jingkou-wwtp'");
        return copy;
    }

    /** What the store watcher does when a publish lands: switch the session, then reload the screens. */
    private void hotSwap(Path next) throws Exception {
        CountDownLatch switched = new CountDownLatch(1);
        fixture.session.switchTo(next, () -> {
            fixture.kiosk.snapshotChanged();
            switched.countDown();
        }, refused -> {
            throw new AssertionError("refused: " + refused);
        });
        assertTrue(switched.await(15, TimeUnit.SECONDS), "the session switched");
    }

    @Test
    void everyScreenShowsTheNewSnapshotAfterAHotSwap(FxRobot robot) throws Exception {
        robot.clickOn("#tile-towns");
        waitForText(robot, ".card-title", "中梁镇");
        robot.clickOn("#home-button");
        // the preparation while home idles reaches every screen
        fixture.kiosk.prepared().get(60, TimeUnit.SECONDS);

        hotSwap(renamedCopy());
        robot.clickOn("#tile-towns");
        waitForText(robot, ".card-title", RENAMED_TOWN);
        robot.clickOn("#home-button");
        robot.clickOn("#tile-facilities");
        waitForText(robot, ".card-title", RENAMED_FACILITY);
        // and the preparation after the swap readies the screens with the new data too
        robot.clickOn("#home-button");
        fixture.kiosk.prepared().get(60, TimeUnit.SECONDS);
        robot.clickOn("#tile-towns");
        waitForText(robot, ".card-title", RENAMED_TOWN);
    }

    @Test
    void aScreenNeverBuiltBeforeTheSwapShowsTheNewSnapshot(FxRobot robot) throws Exception {
        // usually before the preparation (one second after the window) has reached it
        hotSwap(renamedCopy());
        robot.clickOn("#tile-facilities");
        waitForText(robot, ".card-title", RENAMED_FACILITY);
        assertEquals("设施开放", text(robot, "#screen-title"));
    }
}
