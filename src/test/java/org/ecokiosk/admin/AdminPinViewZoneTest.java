package org.ecokiosk.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.ecokiosk.config.PinGuard;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.model.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Admin mode on a staff PC whose zone is UTC says the lock's end in the kiosk's zone. */
@ExtendWith(ApplicationExtension.class)
class AdminPinViewZoneTest {
    private static final Instant LOCKED_UNTIL = Instant.parse("2026-12-01T15:59:00Z");
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
        Messages messages = new Messages();
        messages.languageProperty().set(Language.EN);
        AdminPinView view = new AdminPinView(messages, ZoneId.of("Asia/Shanghai"),
                pin -> new PinGuard.Outcome(PinGuard.Verdict.LOCKED, 0, LOCKED_UNTIL), new Background(), () -> { });
        stage.setScene(new Scene(view.root(), 800, 600));
        stage.show();
    }

    @Test
    void theLockEndsAtChongqingTimeAcrossMidnight(FxRobot robot) throws Exception {
        robot.clickOn("#admin-pin-field").write("1234");
        robot.clickOn("#admin-pin-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#admin-pin-message").queryAs(Labeled.class).getText().contains("until"));
        // 15:59 UTC is 23:59 in Chongqing
        assertEquals("Too many wrong tries. Locked until 23:59:00",
                robot.lookup("#admin-pin-message").queryAs(Labeled.class).getText());
    }
}
