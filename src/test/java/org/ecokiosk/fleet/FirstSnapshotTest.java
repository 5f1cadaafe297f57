package org.ecokiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.ecokiosk.audit.AuditLog;
import org.ecokiosk.cli.KioskRoot;
import org.ecokiosk.cli.KioskSnapshots;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.kiosk.KioskApp;
import org.ecokiosk.kiosk.KioskFixture;
import org.ecokiosk.kiosk.KioskWindow;
import org.ecokiosk.model.audit.Actor;
import org.ecokiosk.operations.AuditTrail;
import org.ecokiosk.operations.Publishing;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A fresh kiosk (nothing in its store) set to pull: it starts on the office's snapshot; and when
 * even that is not there yet, it shows its out-of-service notice only until the first one arrives.
 */
@ExtendWith(ApplicationExtension.class)
class FirstSnapshotTest {
    @TempDir
    Path dir;
    private Stage stage;
    private OriginServer server;
    private Origin origin;
    private Manifest published;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void setUp() throws Exception {
        Path originDir = Files.createDirectories(dir.resolve("origin"));
        server = new OriginServer(originDir, dir.resolve("status"));
        FleetKeys.generate(dir.resolve("keys"));
        origin = new Origin(originDir, Clock.systemUTC());
        published = origin.publish(FleetFixture.second(), FleetKeys.readPrivate(dir.resolve("keys/fleet.key")),
                Optional.empty(), FleetFixture.noProblems()).manifest();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    /** A kiosk set to pull from the test origin; {@code content} is where it would build a snapshot itself. */
    private KioskConfig config(Path content) throws Exception {
        return KioskConfig.load(Fixtures.kioskConfig(dir.resolve("kiosk"), Map.of(
                "fleet.manifest.url", server.uri(Origin.MANIFEST).toString(),
                "fleet.public.key", dir.resolve("keys/fleet.pub").toString(),
                "content.dir", content.toString())));
    }

    private static String contentOf(Path snapshot) throws Exception {
        try (SnapshotReader r = SnapshotReader.open(snapshot)) {
            return r.meta().contentSha256();
        }
    }

    private Publishing publishing(KioskConfig config) {
        return new Publishing(new AuditTrail(AuditLog.besideStore(config.snapshotStore()),
                new Actor("eco-kiosk", config.kioskId(), "kiosk", Optional.empty()), Clock.systemUTC()));
    }

    @Test
    void aFreshKioskThatPullsStartsOnTheOfficesSnapshotNotOnItsOwnBuild() throws Exception {
        KioskConfig config = config(Fixtures.content());
        Path shown = KioskSnapshots.publishedOrFirst(config, () -> publishing(config)).orElseThrow();
        assertEquals(published.contentSha256(), contentOf(shown), "the office's snapshot, pulled before the first screen");
        assertEquals(Optional.of(shown), new SnapshotStore(config.snapshotStore()).current());
    }

    @Test
    void withTheOfficeUnreachableItBuildsFromItsContentAsBefore() throws Exception {
        KioskConfig config = config(Fixtures.content());
        server.close();
        Path shown = KioskSnapshots.publishedOrFirst(config, () -> publishing(config)).orElseThrow();
        assertTrue(!contentOf(shown).equals(published.contentSha256()), "built here, from content/");
    }

    @Test
    void outOfServiceOnlyUntilTheFirstSnapshotArrivesThenTheKiosk(FxRobot robot) throws Exception {
        KioskConfig config = config(dir.resolve("no-content-here"));
        CountDownLatch network = new CountDownLatch(1);
        server.holdManifestUntil(network);
        KioskRoot root = KioskRoot.open(config, Optional.empty(), Clock.systemDefaultZone(), dir.resolve("reports"));
        KioskApp.Window window = root.kioskWindow(new KioskWindow.Options(true, "first snapshot", false));
        try {
            robot.interact(() -> {
                try {
                    window.show(stage);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertTrue(robot.lookup("#out-of-service").tryQuery().isPresent(), "nothing to show yet");
            network.countDown();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#home-screen").tryQuery().isPresent());
            // as every GUI test: no look while home prepares the other screens under the window's root
            KioskFixture.prepared(root.shownKiosk().orElseThrow());
            assertTrue(robot.lookup("#out-of-service").tryQuery().isEmpty());
            assertEquals(published.contentSha256(), contentOf(new SnapshotStore(config.snapshotStore()).current()
                    .orElseThrow()));
            assertTrue(robot.lookup("#alert-banner").tryQuery().isPresent(), "the fleet wiring came with the kiosk");
        } finally {
            robot.interact(window::close);
        }
    }
}
