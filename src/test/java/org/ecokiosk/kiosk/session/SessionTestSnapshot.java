package org.ecokiosk.kiosk.session;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import org.ecokiosk.kiosk.EnvironmentSnapshots;

/** What the session tests share: the FX toolkit running (sessions answer on its thread) and a small snapshot. */
final class SessionTestSnapshot {
    private SessionTestSnapshot() {
    }

    /** Starts the toolkit unless another test of this JVM did, and writes a 2026 snapshot into a fresh folder. */
    static Path withToolkit(String folderPrefix) throws Exception {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test of this JVM started the toolkit
        }
        Path dir = Files.createTempDirectory(folderPrefix);
        dir.toFile().deleteOnExit();
        return EnvironmentSnapshots.write(dir.resolve("env.sqlite"), EnvironmentSnapshots.LATEST_2026);
    }
}
