package org.ecokiosk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.kiosk.KioskApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** eco-kiosk admin: admin mode in a window (PIN first); eco-kiosk admin set-pin: set the PIN. */
@Command(name = "admin", description = "Open admin mode in a window (asks for the PIN); set-pin sets the PIN.",
        subcommands = {SetPinCommand.class})
final class AdminCommand implements Callable<Integer> {
    @Option(names = "--config", description = "kiosk configuration (default: kiosk-config/kiosk.properties)")
    Path config = KioskConfig.DEFAULT_FILE;

    @Option(names = "--reports", defaultValue = "reports", description = "where reports are written (default: reports)")
    Path reports;

    @Override
    public Integer call() throws Exception {
        Optional<Integer> noDisplay = DisplayCheck.refuse(); // one plain line instead of the toolkit's stack traces
        if (noDisplay.isPresent()) {
            return noDisplay.get();
        }
        KioskConfig cfg = WindowConfig.load(config);
        Clock clock = cfg.clock();
        // as the kiosk does: the published snapshot, or on a fresh machine one built from content/
        Optional<Path> shown = KioskSnapshots.publishedOrFirst(cfg, () -> KioskRoot.firstStartPublishing(cfg, clock));
        try (KioskRoot root = KioskRoot.open(cfg, shown, clock, reports)) {
            KioskApp.launch(root.adminWindow());
        }
        return ExitCodes.OK;
    }
}
