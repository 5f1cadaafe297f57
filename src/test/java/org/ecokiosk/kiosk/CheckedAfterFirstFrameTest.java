package org.ecokiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.ecokiosk.audit.AuditLog;
import org.ecokiosk.cli.KioskRoot;
import org.ecokiosk.cli.KioskSnapshots;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.model.audit.Actor;
import org.ecokiosk.operations.AuditTrail;
import org.ecokiosk.operations.Publishing;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kiosk as it starts on its store's snapshot (the usual start): its first frame is drawn
 * before the snapshot is checked, shows home without any figure and no date, and the figures and
 * "数据截至" follow once the check has passed; a snapshot that fails it gives way to the
 * out-of-service notice, never to its figures.
 */
@ExtendWith(ApplicationExtension.class)
class CheckedAfterFirstFrameTest {
    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private KioskConfig config(Map<String, String> overrides) throws Exception {
        return KioskConfig.load(Fixtures.kioskConfig(dir.resolve("kiosk"), overrides));
    }

    private static Publishing publishing(KioskConfig config) {
        return new Publishing(new AuditTrail(AuditLog.besideStore(config.snapshotStore()),
                new Actor("eco-kiosk", config.kioskId(), "kiosk", Optional.empty()), Clock.systemUTC()));
    }

    /** The kiosk as {@code eco-kiosk kiosk} starts it on a store with a current snapshot, its checks logged in {@code steps}. */
    private KioskRoot kioskOnTheStore(KioskConfig config, List<String> steps) throws Exception {
        Path current = KioskSnapshots.current(config).orElseThrow();
        return KioskRoot.openingAfterFirstFrame(config, current, () -> {
            steps.add("check");
            return KioskSnapshots.publishedOrFirst(config, () -> publishing(config));
        }, KioskFixture.TODAY, dir.resolve("reports"));
    }

    private void show(FxRobot robot, KioskApp.Window window, List<String> steps) {
        robot.interact(() -> {
            try {
                window.show(stage);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            steps.add("shown");
            stage.getScene().getRoot().applyCss();
            Optional.ofNullable(stage.getScene().lookup("#data-as-of"))
                    .ifPresent(l -> steps.add("as of '" + ((Labeled) l).getText() + "'"));
            if (stage.getScene().lookup("#home-screen") != null) {
                steps.add("home");
            }
        });
    }

    /**
     * Whether the window shows {@code id}, looked up on the FX thread: the preparation lays pages out
     * under the window's root from a second after it shows, and a walk of the scene from the test
     * thread (TestFX's lookup) can meet it half done.
     */
    private boolean shows(String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> stage.getScene() != null && stage.getScene().lookup(id) != null).get();
    }

    @Test
    void theFirstFrameComesBeforeTheCheckAndTheFiguresAndDateAfterIt(FxRobot robot) throws Exception {
        KioskConfig config = config(Map.of());
        Path built = dir.resolve("test-content.sqlite");
        Files.copy(KioskFixture.snapshot(), built);
        publishing(config).publishFirst(new SnapshotStore(config.snapshotStore()), built, 3);
        List<String> steps = new CopyOnWriteArrayList<>();
        KioskRoot root = kioskOnTheStore(config, steps);
        KioskApp.Window window = root.kioskWindow(new KioskWindow.Options(true, "checked later", false));
        try {
            show(robot, window, steps);
            assertEquals(List.of("shown", "as of ''", "home"), steps.subList(0, 3),
                    "the window showed home before any check, and without a date");
            KioskAssembly kiosk = root.shownKiosk().orElseThrow();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> kiosk.shell().navigator().current()
                    .map(s -> s.showsData()).orElse(false));
            assertEquals(List.of("shown", "as of ''", "home", "check"), steps, "checked once, after the window showed");
            KioskFixture.prepared(kiosk);
            String asOf = robot.lookup("#data-as-of").queryAs(Labeled.class).getText();
            assertFalse(asOf.isBlank(), "数据截至 once the snapshot is checked");
            assertTrue(robot.lookup("#out-of-service").tryQuery().isEmpty());
        } finally {
            robot.interact(window::close);
        }
    }

    @Test
    void aCurrentSnapshotThatFailsTheCheckNeverShowsItsFiguresButTheNotice(FxRobot robot) throws Exception {
        // nothing to fall back on: no earlier snapshot, no content to build one from, no office to pull from
        KioskConfig config = config(Map.of("content.dir", dir.resolve("no-content-here").toString()));
        Path store = Files.createDirectories(config.snapshotStore());
        Files.writeString(store.resolve("snapshot-damaged.sqlite"), "a half-written copy, not a snapshot");
        Files.writeString(store.resolve("current"), "snapshot-damaged.sqlite\n");
        List<String> steps = new CopyOnWriteArrayList<>();
        KioskRoot root = kioskOnTheStore(config, steps);
        KioskApp.Window window = root.kioskWindow(new KioskWindow.Options(true, "checked later", false));
        try {
            show(robot, window, steps);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shows("#out-of-service"));
            assertEquals(List.of("shown", "as of ''", "home", "check"), steps);
            assertFalse(shows("#home-screen"), "the kiosk gave way to the notice");
            assertTrue(root.session().isEmpty());
        } finally {
            robot.interact(window::close);
        }
    }
}
