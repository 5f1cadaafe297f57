package org.ecokiosk.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.ecokiosk.snapshot.TestSnapshots;

/**
 * The test content's snapshot and the "today" the GUI tests and {@link ScreenTour} show it on.
 * Apart from {@link KioskFixture} because that is a JUnit extension, and the screenshot tour runs
 * as a plain program with only the product's own libraries on its class path.
 */
public final class TestContentSnapshot {
    /** "Today" for the GUI tests: the bundled news and pages are published, the December open day is ahead. */
    public static final Clock TODAY = Clock.fixed(java.time.Instant.parse("2026-12-05T02:00:00Z"),
            java.time.ZoneId.of("Asia/Shanghai"));
    private static Path snapshot;

    private TestContentSnapshot() {
    }

    /** Built once per JVM, in a temporary folder. */
    public static synchronized Path path() throws Exception {
        if (snapshot == null) {
            Path built = Files.createTempDirectory("kiosk-gui");
            built.toFile().deleteOnExit();
            snapshot = TestSnapshots.fromContent(built);
        }
        return snapshot;
    }
}
