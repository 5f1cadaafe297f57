package org.ecokiosk.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.ecokiosk.cli.KioskRoot;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.snapshot.TestSnapshots;
import org.ecokiosk.testing.Fixtures;

/** A kiosk on a snapshot of the test content, with the test configuration, wired by the composition root. */
final class KioskFixture {
    private static Path snapshot;

    final KioskAssembly kiosk;
    final SnapshotSession session;

    private KioskFixture(KioskAssembly kiosk, SnapshotSession session, AtomicBoolean exitFlag) {
        this.kiosk = kiosk;
        this.session = session;
        this.exitFlag = exitFlag;
    }

    static synchronized Path snapshot() throws Exception {
        if (snapshot == null) {
            Path dir = Files.createTempDirectory("kiosk-gui");
            dir.toFile().deleteOnExit();
            snapshot = TestSnapshots.fromContent(dir);
        }
        return snapshot;
    }

    /** "Today" for the GUI tests: the bundled news and pages are published, the December open day is ahead. */
    static final java.time.Clock TODAY = java.time.Clock.fixed(java.time.Instant.parse("2026-12-05T02:00:00Z"),
            java.time.ZoneId.of("Asia/Shanghai"));

    static KioskFixture show(Stage stage, int idleSeconds) throws Exception {
        return show(stage, idleSeconds, 1920, 1080);
    }

    /**
     * A kiosk laid out in a scene of {@code width}×{@code height} that no window shows: the headless
     * screen is 1920×1080, and a taller window (a portrait totem) would overflow its buffer.
     */
    static KioskFixture offScreen(int width, int height, javafx.scene.Scene[] scene) throws Exception {
        KioskFixture fixture = open(snapshot(), TODAY, 600, height);
        scene[0] = fixture.kiosk.createScene(width, height);
        return fixture;
    }

    static KioskFixture show(Stage stage, int idleSeconds, int width, int height) throws Exception {
        return shown(stage, open(snapshot(), TODAY, idleSeconds, height), width, height);
    }

    /** A kiosk on {@code snapshot} whose "now" is {@code clock}, shown at 1920×1080, idle after ten minutes. */
    static KioskFixture show(Stage stage, Path snapshot, java.time.Clock clock) throws Exception {
        return shown(stage, open(snapshot, clock, 600, 1080), 1920, 1080);
    }

    private static KioskFixture shown(Stage stage, KioskFixture fixture, int width, int height) {
        stage.setScene(fixture.kiosk.createScene(width, height));
        stage.show();
        return fixture;
    }

    private static KioskFixture open(Path snapshot, java.time.Clock clock, int idleSeconds, int height)
            throws Exception {
        // each test counts PIN tries in its own folder, so one test's wrong tries cannot lock another
        Path configFile = Fixtures.kioskConfig(Files.createTempDirectory("kiosk-state"));
        KioskConfig config = KioskConfig.load(configFile).withIdleSeconds(idleSeconds);
        KioskRoot root = KioskRoot.open(config, java.util.Optional.of(snapshot), clock,
                configFile.getParent().resolve("reports"));
        SnapshotSession session = root.session().orElseThrow();
        AtomicBoolean exited = new AtomicBoolean();
        KioskAssembly kiosk = root.kiosk(height, () -> exited.set(true)).orElseThrow();
        return new KioskFixture(kiosk, session, exited);
    }

    /** Set when the kiosk asked to exit (the admin menu's 退出). */
    final AtomicBoolean exitFlag;

    /** As the kiosk shuts down: its timers stop on the FX thread, then the session closes. */
    void close() {
        javafx.application.Platform.runLater(kiosk::close);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        session.close();
    }
}
