package org.ecokiosk.kiosk.shell;

import static org.ecokiosk.testing.LockedPinOnUtcMachine.KIOSK_ZONE;
import static org.ecokiosk.testing.LockedPinOnUtcMachine.lockedUntil;
import static org.ecokiosk.testing.LockedPinOnUtcMachine.messageOnceItSays;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.testing.LockedPinOnUtcMachine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The pad says when a lock ends in the kiosk's zone, on a machine whose own zone is UTC. */
@ExtendWith({LockedPinOnUtcMachine.class, ApplicationExtension.class})
class PinPromptZoneTest {
    /** 04:00:30 UTC is 12:00:30 in Chongqing. */
    private static final Instant LOCKED_UNTIL = Instant.parse("2026-12-01T04:00:30Z");

    @Start
    void start(Stage stage) {
        PinPrompt prompt = new PinPrompt(new Messages(), KIOSK_ZONE,
                pin -> CompletableFuture.completedFuture(lockedUntil(LOCKED_UNTIL)), () -> { }, () -> { });
        stage.setScene(new Scene(prompt, 800, 800));
        stage.show();
    }

    @Test
    void theLockEndsAtChongqingTimeNotUtc(FxRobot robot) throws Exception {
        robot.clickOn("#pin-key-1");
        robot.clickOn("#pin-key-OK");
        assertEquals("错误次数过多，已锁定，请在 12:00:30 之后再试", messageOnceItSays(robot, "#pin-message", ":"));
    }
}
