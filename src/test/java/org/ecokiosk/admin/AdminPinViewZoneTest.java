package org.ecokiosk.admin;

import static org.ecokiosk.testing.LockedPinOnUtcMachine.KIOSK_ZONE;
import static org.ecokiosk.testing.LockedPinOnUtcMachine.lockedUntil;
import static org.ecokiosk.testing.LockedPinOnUtcMachine.messageOnceItSays;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.model.Language;
import org.ecokiosk.testing.LockedPinOnUtcMachine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Admin mode on a staff PC whose zone is UTC says the lock's end in the kiosk's zone. */
@ExtendWith({LockedPinOnUtcMachine.class, ApplicationExtension.class})
class AdminPinViewZoneTest {
    /** 15:59 UTC is 23:59 in Chongqing: the machine's date is not the kiosk's. */
    private static final Instant LOCKED_UNTIL = Instant.parse("2026-12-01T15:59:00Z");

    @Start
    void start(Stage stage) {
        Messages messages = new Messages();
        messages.languageProperty().set(Language.EN);
        AdminPinView view = new AdminPinView(messages, KIOSK_ZONE, pin -> lockedUntil(LOCKED_UNTIL),
                new Background(), () -> { });
        stage.setScene(new Scene(view.root(), 800, 600));
        stage.show();
    }

    @Test
    void theLockEndsAtChongqingTimeAcrossMidnight(FxRobot robot) throws Exception {
        robot.clickOn("#admin-pin-field").write("1234");
        robot.clickOn("#admin-pin-ok");
        assertEquals("Too many wrong tries. Locked until 23:59:00",
                messageOnceItSays(robot, "#admin-pin-message", "until"));
    }
}
