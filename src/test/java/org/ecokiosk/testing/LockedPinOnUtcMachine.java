package org.ecokiosk.testing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import org.ecokiosk.config.PinGuard;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The fixture of the tests that a PIN lock's end is said in the kiosk's zone, not the machine's:
 * while the test class runs the machine's own zone is UTC (restored after), and the PIN check
 * answers "locked until". Shared by the kiosk's pad and admin mode's PIN view.
 */
public final class LockedPinOnUtcMachine implements BeforeAllCallback, AfterAllCallback {
    /** The kiosk's zone: Chongqing, eight hours ahead of the machine. */
    public static final ZoneId KIOSK_ZONE = ZoneId.of("Asia/Shanghai");
    private final UtcMachine machine = new UtcMachine();

    @Override
    public void beforeAll(ExtensionContext context) {
        machine.beforeAll(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        machine.afterAll(context);
    }

    /** What the PIN check says after too many wrong tries. */
    public static PinGuard.Outcome lockedUntil(Instant until) {
        return new PinGuard.Outcome(PinGuard.Verdict.LOCKED, 0, until);
    }

    /** The label's text once it contains {@code part} (the check answers off the FX thread). */
    public static String messageOnceItSays(FxRobot robot, String query, String part) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(query).queryAs(Labeled.class).getText().contains(part));
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
