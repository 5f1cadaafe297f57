package org.ecokiosk.cli;

import java.nio.file.Path;
import org.ecokiosk.config.KioskConfig;
import org.slf4j.LoggerFactory;

/**
 * The configuration a window opens with, for the kiosk and admin mode alike: loaded (defaults
 * where the file is missing), its warnings logged. The JVM's default zone is left as the machine
 * has it: what the windows show in local time is told in {@code kiosk.zone} explicitly, through
 * {@link KioskConfig#clock()} and {@link KioskConfig#zone()}.
 */
final class WindowConfig {
    private WindowConfig() {
    }

    static KioskConfig load(Path file) throws java.io.IOException {
        KioskConfig cfg = KioskConfig.loadOrDefaults(file);
        cfg.warnings().forEach(w -> LoggerFactory.getLogger(WindowConfig.class).warn("kiosk-config: {}", w));
        return cfg;
    }
}
