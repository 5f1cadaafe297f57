package org.ecokiosk.cli;

import java.nio.file.Path;
import java.util.TimeZone;
import org.ecokiosk.config.KioskConfig;
import org.slf4j.LoggerFactory;

/**
 * The configuration a window opens with, for the kiosk and admin mode alike: loaded (defaults
 * where the file is missing), its warnings logged, and the JVM's zone set to the kiosk's, so
 * screens show the kiosk's local time whatever the machine's zone.
 */
final class WindowConfig {
    private WindowConfig() {
    }

    static KioskConfig load(Path file) throws java.io.IOException {
        KioskConfig cfg = KioskConfig.loadOrDefaults(file);
        TimeZone.setDefault(TimeZone.getTimeZone(cfg.zone()));
        cfg.warnings().forEach(w -> LoggerFactory.getLogger(WindowConfig.class).warn("kiosk-config: {}", w));
        return cfg;
    }
}
