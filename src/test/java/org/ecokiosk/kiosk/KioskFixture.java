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
    final AtomicBoolean exited = new AtomicBoolean();

    private KioskFixture(KioskAssembly kiosk, SnapshotSession session) {
        this.kiosk = kiosk;
        this.session = session;
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
        Path configFile = Fixtures.kioskConfig(Files.createTempDirectory("kiosk-state"));
        KioskConfig config = KioskConfig.load(configFile).withIdleSeconds(600);
        KioskRoot root = KioskRoot.open(config, java.util.Optional.of(snapshot()), TODAY,
                configFile.getParent().resolve("reports"));
        SnapshotSession session = root.session().orElseThrow();
        AtomicBoolean exited = new AtomicBoolean();
        KioskAssembly kiosk = root.kiosk(height, () -> exited.set(true)).orElseThrow();
        KioskFixture fixture = new KioskFixture(kiosk, session);
        scene[0] = kiosk.createScene(width, height);
        fixture.exitFlag = exited;
        return fixture;
    }

    static KioskFixture show(Stage stage, int idleSeconds, int width, int height) throws Exception {
        // each test counts PIN tries in its own folder, so one test's wrong tries cannot lock another
        Path configFile = Fixtures.kioskConfig(Files.createTempDirectory("kiosk-state"));
        KioskConfig config = KioskConfig.load(configFile).withIdleSeconds(idleSeconds);
        KioskRoot root = KioskRoot.open(config, java.util.Optional.of(snapshot()), TODAY,
                configFile.getParent().resolve("reports"));
        SnapshotSession session = root.session().orElseThrow();
        AtomicBoolean exited = new AtomicBoolean();
        KioskAssembly kiosk = root.kiosk(height, () -> exited.set(true)).orElseThrow();
        KioskFixture fixture = new KioskFixture(kiosk, session);
        stage.setScene(kiosk.createScene(width, height));
        stage.show();
        fixture.exitFlag = exited;
        return fixture;
    }

    AtomicBoolean exitFlag;

    /** As the kiosk shuts down: its timers stop on the FX thread, then the session closes. */
    void close() {
        javafx.application.Platform.runLater(kiosk::close);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        session.close();
    }
}
