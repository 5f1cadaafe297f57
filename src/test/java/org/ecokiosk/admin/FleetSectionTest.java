package org.ecokiosk.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.ecokiosk.audit.AuditLog;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.fleet.AlertLevel;
import org.ecokiosk.fleet.FleetKeys;
import org.ecokiosk.fleet.Manifest;
import org.ecokiosk.fleet.Origin;
import org.ecokiosk.fleet.PullHistory;
import org.ecokiosk.fleet.StatusDocument;
import org.ecokiosk.fleet.StatusJson;
import org.ecokiosk.kiosk.KioskAssembly;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.model.audit.Actor;
import org.ecokiosk.operations.AdminOperations;
import org.ecokiosk.operations.AuditTrail;
import org.ecokiosk.snapshot.TestSnapshots;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Admin mode's fleet section: an alert issued and cleared with the configured office key (the
 * operation the CLI uses), the fleet's status as `fleet status` reads it, and a plain sentence
 * when no key is configured.
 */
@ExtendWith(ApplicationExtension.class)
class FleetSectionTest {
    private Stage stage;
    private Path dir;
    private Path originDir;
    private Path key;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("admin-fleet");
        originDir = dir.resolve("origin");
        FleetKeys.Written keys = FleetKeys.generate(dir.resolve("keys"));
        key = keys.privateKey();
        new Origin(originDir, Clock.systemUTC()).publish(TestSnapshots.fromContent(Files.createDirectories(
                dir.resolve("built"))), FleetKeys.readPrivate(key), Optional.of(FleetKeys.readPublic(keys.publicKey())),
                snapshot -> List.of());
        Path status = Files.createDirectories(dir.resolve("status"));
        Instant now = Instant.now();
        PullHistory pulls = new PullHistory(Optional.of(now), Optional.of(now), Optional.empty(), Optional.of(0L));
        Files.writeString(status.resolve("library-02.json"), StatusJson.write(new StatusDocument("library-02",
                now.minusSeconds(5 * 3600), Optional.empty(), pulls, 1, 1, Optional.empty(), List.of(), List.of())));
        Files.writeString(status.resolve("demo-01.json"), StatusJson.write(new StatusDocument("demo-01",
                now.minusSeconds(180), Optional.empty(), pulls, 1, 1, Optional.empty(), List.of(), List.of())));
    }

    private AdminOperations operations(Map<String, String> settings) throws Exception {
        KioskConfig config = KioskConfig.load(Fixtures.kioskConfig(dir.resolve("cfg"), settings));
        AuditTrail trail = new AuditTrail(new AuditLog(dir.resolve("audit.jsonl")),
                new Actor("officer", "office-pc", "office-pc", Optional.empty()), Clock.system(ZoneId.of("Asia/Shanghai")));
        return new AdminOperations(config, dir.resolve("reports"), Optional.empty(), trail);
    }

    private void show(FxRobot robot, AdminOperations operations) {
        robot.interact(() -> {
            AdminView view = new AdminView(operations, new Messages(), new Background(), (s, exit) -> {
                throw new IllegalStateException("no preview here");
            }, "admin.close", () -> { });
            Scene scene = new Scene(view.root(), 1280, 900);
            scene.getStylesheets().add(AdminView.class.getResource(KioskAssembly.STYLESHEET).toExternalForm());
            scene.getStylesheets().add(AdminView.class.getResource(AdminView.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        robot.clickOn("#admin-nav-fleet");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private Manifest manifest() throws Exception {
        return new Origin(originDir, Clock.systemUTC()).current(FleetKeys.readPublic(
                key.resolveSibling(FleetKeys.PUBLIC_FILE)));
    }

    @Test
    void anOfficerIssuesAndClearsAnAlertAndSeesTheFleet(FxRobot robot) throws Exception {
        show(robot, operations(Map.of("fleet.origin.dir", originDir.toString(), "fleet.office.key", key.toString(),
                "fleet.status.dir", dir.resolve("status").toString())));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#fleet-alert-current").startsWith("无"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#fleet-status-summary").startsWith("共 2 台"));
        assertTrue(text(robot, "#fleet-status-summary").contains("1 台失联"), text(robot, "#fleet-status-summary"));
        assertTrue(text(robot, "#fleet-kiosk-library-02").contains("失联：5 小时没有消息"),
                text(robot, "#fleet-kiosk-library-02"));
        assertTrue(text(robot, "#fleet-kiosk-demo-01").contains("正常"), text(robot, "#fleet-kiosk-demo-01"));

        robot.clickOn("#fleet-level-red");
        robot.interact(() -> {
            robot.lookup("#fleet-alert-zh").queryAs(TextField.class).setText("重污染天气红色预警：请停止户外活动");
            robot.lookup("#fleet-alert-en").queryAs(TextField.class).setText("Red alert: heavy pollution, stay indoors");
        });
        robot.clickOn("#fleet-alert-issue");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !text(robot, "#fleet-alert-result").isEmpty());
        assertEquals(AlertLevel.RED, manifest().alert().orElseThrow().level(), "signed into the origin");
        assertEquals("重污染天气红色预警：请停止户外活动", manifest().alert().orElseThrow().zh());
        assertTrue(text(robot, "#fleet-alert-current").startsWith("红色预警"), text(robot, "#fleet-alert-current"));

        robot.clickOn("#admin-language");
        assertTrue(text(robot, "#fleet-alert-current").startsWith("Red alert"), text(robot, "#fleet-alert-current"));
        assertTrue(text(robot, "#fleet-kiosk-library-02").contains("STALE: not heard from for 5 h"));

        robot.interact(() -> robot.lookup("#fleet-alert-en").queryAs(TextField.class).setText(" "));
        robot.clickOn("#fleet-alert-issue");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#fleet-alert-problems")
                .queryAs(javafx.scene.layout.VBox.class).getChildren().isEmpty());
        assertEquals(AlertLevel.RED, manifest().alert().orElseThrow().level(), "a refused alert changes nothing");

        robot.clickOn("#fleet-alert-clear");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#fleet-alert-current").startsWith("None"));
        assertEquals(Optional.empty(), manifest().alert());
    }

    @Test
    void withoutAKeyOrStatusFolderItSaysWhatToConfigure(FxRobot robot) throws Exception {
        show(robot, operations(Map.of()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#fleet-no-key").contains("fleet.office.key"), text(robot, "#fleet-no-key"));
        assertTrue(text(robot, "#fleet-no-status").contains("fleet.status.dir"), text(robot, "#fleet-no-status"));
        assertFalse(robot.lookup("#fleet-alert-issue").tryQuery().isPresent(), "nothing offered that could only fail");
    }
}
