package org.ecokiosk.admin;

import static org.ecokiosk.kiosk.KioskFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.MouseButton;
import org.ecokiosk.audit.AuditLog;
import org.ecokiosk.kiosk.KioskFixture;
import org.ecokiosk.model.audit.AuditAction;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.snapshot.TestSnapshots;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** An officer at the kiosk: hidden corner, PIN, admin mode, a report built and seen, back to the kiosk. */
@ExtendWith(ApplicationExtension.class)
class AdminModeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    // the test configuration (test PIN) with this test's own store, state and audit log, wired by the
    // composition root as the kiosk is: admin mode behind the PIN, idle loop after it; idle long
    // enough for the 3-second hold on the corner, short enough to see the loop come back
    @RegisterExtension
    final KioskFixture fixture = KioskFixture.shown().idleSeconds(8).on((config, dir) -> {
        SnapshotStore store = new SnapshotStore(config.snapshotStore());
        store.publish(TestSnapshots.fromContent(Files.createDirectories(dir.resolve("built"))), 5);
        return store.current().orElseThrow();
    }, CLOCK);

    private static void waitFor(FxRobot robot, String query) throws Exception {
        // present is not enough: the pad and the menu replace each other on the FX thread, and a
        // node found while it is being taken out has no scene (TestFX then fails inside clickOn)
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .filter(node -> node.getScene() != null && node.isVisible()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void holdCornerPinAdminBuildAReportAndBackToTheKiosk(FxRobot robot) throws Exception {
        robot.clickOn("#language-button"); // a visitor left the kiosk in English
        robot.moveTo("#admin-corner").press(MouseButton.PRIMARY);
        waitFor(robot, "#pin-key-OK");
        robot.release(MouseButton.PRIMARY);
        for (char digit : Fixtures.PIN.toCharArray()) {
            robot.clickOn("#pin-key-" + digit);
        }
        robot.clickOn("#pin-key-OK");
        waitFor(robot, "#admin-enter");
        robot.clickOn("#admin-enter");
        waitFor(robot, "#admin-root");
        assertEquals("管理模式", text(robot, "#admin-title"));
        assertEquals(System.getProperty("user.name") + "@" + fixture.config().kioskId(), text(robot, "#admin-who"),
                "the OS account and the kiosk, not free text");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "2025".equals(text(robot, "#report-year")));
        robot.clickOn("#report-kind-plan-progress");
        robot.clickOn("#report-build");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#report-sha256").startsWith("SHA-256："));
        Path pdf = fixture.reports().resolve("2025-plan-progress.pdf");
        assertTrue(Files.isRegularFile(pdf), "the report is on disk");
        assertTrue(text(robot, "#report-sha256").endsWith(
                Files.readString(fixture.reports().resolve("2025-plan-progress.pdf.sha256")).substring(0, 64)));
        assertTrue(text(robot, "#report-path").contains("2025-plan-progress.pdf"));
        // pages are rendered after the build, in the background: wait for the first page image
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#report-preview")
                .queryAs(javafx.scene.layout.Pane.class).getChildren().isEmpty());

        robot.clickOn("#admin-language");
        assertEquals("Admin mode", text(robot, "#admin-title"));
        assertTrue(text(robot, "#report-sha256").startsWith("SHA-256: "), "results follow the language switch");

        robot.clickOn("#admin-nav-audit");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#audit-list").queryParent().getChildrenUnmodifiable().size() >= 2);

        robot.clickOn("#admin-back");
        waitFor(robot, "#home-screen");
        assertFalse(robot.lookup("#admin-root").tryQuery().isPresent(), "admin view gone");
        assertTrue(robot.lookup("#home-screen").query().isVisible());
        assertEquals("沙坪坝区生态环境信息", text(robot, "#screen-title"), "reset to the default language");
        assertFalse(fixture.kiosk().shell().isAdminMenuShowing() || fixture.kiosk().shell().isPinShowing());

        AuditLog log = AuditLog.besideStore(fixture.config().snapshotStore());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> log.last(10).stream()
                .anyMatch(e -> e.action() == AuditAction.ADMIN_LEAVE));
        assertEquals(java.util.List.of(AuditAction.PIN_ACCEPTED, AuditAction.ADMIN_ENTER, AuditAction.REPORT,
                AuditAction.ADMIN_LEAVE), log.last(10).stream().map(e -> e.action()).toList());
        assertTrue(log.last(10).stream().allMatch(e -> e.time().equals(CLOCK.instant())), "the kiosk's clock");

        // the kiosk's idle loop runs again after admin mode (it was stopped while admin mode showed)
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fixture.kiosk().shell().isAttractShowing());
    }
}
