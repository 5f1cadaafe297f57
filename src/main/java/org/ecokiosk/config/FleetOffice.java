package org.ecokiosk.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The office side of the fleet in kiosk.properties, for the PC that publishes (admin mode there
 * issues alerts and shows the fleet): the folder the web server serves, the office's private key,
 * the folder the kiosks' status documents land in, and how many earlier snapshots the origin keeps.
 * All empty on a kiosk: a kiosk never holds the private key.
 */
public record FleetOffice(Optional<Path> originDir, Optional<Path> privateKey, Optional<Path> statusDir,
                          int keepPrevious) {
    /** Earlier snapshots left on the origin after a publish: a kiosk may be half-way through one of them. */
    public static final int DEFAULT_KEEP_PREVIOUS = 3;
    public static final int MAX_KEEP_PREVIOUS = 1000;

    public static FleetOffice none() {
        return new FleetOffice(Optional.empty(), Optional.empty(), Optional.empty(), DEFAULT_KEEP_PREVIOUS);
    }

    /** Alerts can be issued from here: both the origin folder and the private key are named. */
    public boolean signs() {
        return originDir.isPresent() && privateKey.isPresent();
    }

    static FleetOffice from(Properties p, List<String> warnings) {
        Optional<Path> origin = path(p, "fleet.origin.dir");
        Optional<Path> key = path(p, "fleet.office.key");
        if (origin.isPresent() != key.isPresent()) {
            warnings.add("fleet.origin.dir and fleet.office.key must be set together; alerts cannot be issued here");
        }
        int keep = KioskConfig.intValue(p, "fleet.origin.keep", DEFAULT_KEEP_PREVIOUS, 0, MAX_KEEP_PREVIOUS, warnings);
        return new FleetOffice(origin, key, path(p, "fleet.status.dir"), keep);
    }

    private static Optional<Path> path(Properties p, String key) {
        String raw = p.getProperty(key, "").trim();
        return raw.isEmpty() ? Optional.empty() : Optional.of(Path.of(raw));
    }
}
