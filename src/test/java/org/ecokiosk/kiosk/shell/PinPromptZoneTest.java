package org.ecokiosk.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.ecokiosk.config.PinGuard;
import org.ecokiosk.kiosk.i18n.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The pad says when a lock ends in the kiosk's zone, on a machine whose own zone is UTC. */
@ExtendWith(ApplicationExtension.class)
class PinPromptZoneTest {
    /** 04:00:30 UTC is 12:00:30 in Chongqing. */
    private static final Instant LOCKED_UNTIL = Instant.parse("2026-12-01T04:00:30Z");
    private static TimeZone machineZone;

    @BeforeAll
    static void machineRunsOnUtc() {
        machineZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterAll
    static void restoreMachineZone() {
        TimeZone.setDefault(machineZone);
    }

    @Start
    void start(Stage stage) {
        PinPrompt prompt = new PinPrompt(new Messages(), ZoneId.of("Asia/Shanghai"),
                pin -> CompletableFuture.completedFuture(new PinGuard.Outcome(PinGuard.Verdict.LOCKED, 0, LOCKED_UNTIL)),
                () -> { }, () -> { });
        stage.setScene(new Scene(prompt, 800, 800));
        stage.show();
    }

    @Test
    void theLockEndsAtChongqingTimeNotUtc(FxRobot robot) throws Exception {
        robot.clickOn("#pin-key-1");
        robot.clickOn("#pin-key-OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#pin-message").queryAs(Labeled.class).getText().contains(":"));
        assertEquals("错误次数过多，已锁定，请在 12:00:30 之后再试",
                robot.lookup("#pin-message").queryAs(Labeled.class).getText());
    }
}
