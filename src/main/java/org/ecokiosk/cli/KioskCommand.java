package org.ecokiosk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.kiosk.KioskApp;
import org.ecokiosk.kiosk.KioskWindow;
import org.ecokiosk.snapshot.SnapshotVerifier;
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
    LocalDate today;

    @Option(names = "--reports", defaultValue = "reports", description = "where admin mode writes reports (default: reports)")
    Path reports;

    @Option(names = "--first-frame", hidden = true, description = "print FIRST_FRAME when drawn, then quit (bench)")
    boolean firstFrame;

    @Override
    public Integer call() throws Exception {
        Optional<Integer> noDisplay = DisplayCheck.refuse(); // one plain line instead of the toolkit's stack traces
        if (noDisplay.isPresent()) {
            return noDisplay.get();
        }
        KioskConfig cfg = WindowConfig.load(config);
        Clock clock = clock(cfg, Optional.ofNullable(today));
        if (preview != null) {
            SnapshotVerifier.Result check = SnapshotVerifier.verify(preview);
            if (!check.ok()) {
                throw new InvalidInputException("cannot preview " + preview + ": " + check.problem());
            }
            try (KioskRoot root = KioskRoot.open(cfg, Optional.of(preview), clock, reports)) {
                KioskApp.launch(root.previewWindow(new KioskWindow.Options(true, "预览 Preview — " + preview.getFileName(),
                        firstFrame)));
            }
            return ExitCodes.OK;
        }
        // the kiosk starts even when no snapshot can be found or built: it then shows an
        // out-of-service notice (and logs why) rather than leaving the screen on the desktop
        Optional<Path> current = KioskSnapshots.current(cfg);
        Supplier<Optional<Path>> find = () -> KioskSnapshots.publishedOrFirst(cfg, () -> KioskRoot.firstStartPublishing(cfg, clock));
        // the root is made while the JavaFX toolkit starts; the window waits for it off the FX thread
        CompletableFuture<KioskRoot> opened = CompletableFuture.supplyAsync(() -> current.isPresent()
                // the usual start, on the store's snapshot: it is found and checked (its content hash
                // recomputed) after the first frame, on the session's thread, before home's first read
                ? KioskRoot.openingAfterFirstFrame(cfg, current.get(), find::get, clock, reports)
                // a fresh machine (no current snapshot): one is pulled or built before the first frame
                : KioskRoot.open(cfg, find.get(), clock, reports), KioskCommand::startUpThread);
        KioskApp.Window window = KioskApp.after(opened,
                root -> root.kioskWindow(new KioskWindow.Options(windowed, "eco-kiosk", firstFrame)));
        try {
            KioskApp.launch(window);
        } finally {
            opened.join().close();
        }
        return ExitCodes.OK;
    }

    private static void startUpThread(Runnable work) {
        Thread thread = new Thread(work, "kiosk-start-up");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The kiosk's clock in {@code kiosk.zone}; with {@code --today}, moved to that day there (a preview
     * sees the kiosk as it will be on that day: publish dates, next open days).
     */
    static Clock clock(KioskConfig cfg, Optional<LocalDate> today) {
        Clock kiosk = cfg.clock();
        return today.map(day -> {
            ZonedDateTime now = ZonedDateTime.now(kiosk);
            return Clock.offset(kiosk, Duration.between(now, now.with(day)));
        }).orElse(kiosk);
    }
}
