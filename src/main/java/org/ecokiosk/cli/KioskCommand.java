package org.ecokiosk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.application.Application;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.kiosk.KioskApp;
import org.ecokiosk.snapshot.SnapshotVerifier;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** eco-kiosk kiosk: the full-screen kiosk, or a preview window on a candidate snapshot. */
@Command(name = "kiosk", description = "Start the kiosk (full screen) on the configured snapshot.")
final class KioskCommand implements Callable<Integer> {
    @Option(names = "--config", description = "kiosk configuration (default: kiosk-config/kiosk.properties)")
    Path config = KioskConfig.DEFAULT_FILE;

    @Option(names = "--snapshot", description = "preview this snapshot in a window instead of the published one")
    Path preview;

    @Option(names = "--windowed", description = "run in a 1280×800 window instead of full screen")
    boolean windowed;

    @Option(names = "--today", description = "preview as on this day (YYYY-MM-DD): publish dates and next open days move with it; not for live kiosks")
    java.time.LocalDate today;

    @Option(names = "--first-frame", hidden = true, description = "print FIRST_FRAME when drawn, then quit (bench)")
    boolean firstFrame;

    @Override
    public Integer call() throws Exception {
        Optional<Integer> noDisplay = DisplayCheck.refuse(); // one plain line instead of the toolkit's stack traces
        if (noDisplay.isPresent()) {
            return noDisplay.get();
        }
        KioskConfig cfg = KioskConfig.loadOrDefaults(config);
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(cfg.zone())); // screens show the kiosk's local time
        Path snapshot;
        String title = "eco-kiosk";
        if (preview != null) {
            SnapshotVerifier.Result check = SnapshotVerifier.verify(preview);
            if (!check.ok()) {
                throw new InvalidInputException("cannot preview " + preview + ": " + check.problem());
            }
            snapshot = preview;
            windowed = true;
            title = "预览 Preview — " + preview.getFileName();
        } else {
            snapshot = resolveOrNothing(cfg);
        }
        List<String> args = new ArrayList<>(List.of("--config=" + config, "--title=" + title));
        if (snapshot != null) {
            args.add("--snapshot=" + snapshot);
        }
        if (preview == null) {
            args.add("--watch-store"); // a preview stays on its candidate; the kiosk follows publish and rollback
        }
        if (windowed) {
            args.add("--windowed");
        }
        if (today != null) {
            args.add("--today=" + today);
        }
        if (firstFrame) {
            args.add("--first-frame");
        }
        Application.launch(KioskApp.class, args.toArray(String[]::new));
        return ExitCodes.OK;
    }

    /**
     * The kiosk starts even when no snapshot can be found or built: it then shows an
     * out-of-service notice (and logs why) rather than leaving the screen on the desktop.
     */
    private static Path resolveOrNothing(KioskConfig cfg) {
        try {
            return KioskSnapshots.resolve(cfg);
        } catch (Exception e) {
            LoggerFactory.getLogger(KioskCommand.class).error("no snapshot to show: {}", e.getMessage(), e);
            return null;
        }
    }
}
