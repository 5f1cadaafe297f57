package org.ecokiosk.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * kiosk-config/kiosk.properties, read once at start. Relative paths are resolved against the
 * working directory (the checkout when started with Maven). A missing or bad value falls back
 * to a safe default, because an unattended kiosk must start; {@link #warnings()} says what was
 * wrong so the log carries it.
 */
public record KioskConfig(
        Path file,
        String kioskId,
        Path snapshotStore,
        Path contentDir,
        int idleSeconds,
        String defaultLanguage,
        String adminPinHash,
        int adminIdleMinutes,
        int keepSnapshots,
        List<String> screenOrder,
        boolean fullScreen,
        Path stateDir,
        ZoneId zone,
        List<String> warnings,
        FleetSettings fleet,
        int staleHourlyHours,
        int staleDailyDays,
        boolean pinTriesRequired) {

    /**
     * The configuration file when no --config is given: the system property {@code ecokiosk.config}
     * (the installed launcher sets /etc/eco-kiosk/kiosk.properties), else kiosk-config/kiosk.properties
     * under the working directory (a checkout).
     */
    public static final Path DEFAULT_FILE = Path.of(System.getProperty("ecokiosk.config",
            Path.of("kiosk-config", "kiosk.properties").toString()));
    /** Chongqing keeps China Standard Time; the kiosk shows local time even on a UTC machine. */
    public static final ZoneId DEFAULT_ZONE = org.ecokiosk.model.DistrictZone.ID;
    public static final List<String> ALL_SCREENS = List.of("air", "water", "noise", "green", "plan", "towns",
            "facilities", "news");

    public KioskConfig {
        screenOrder = List.copyOf(screenOrder);
        warnings = List.copyOf(warnings);
    }

    /**
     * The kiosk's clock: the machine's time, told in {@link #zone()} ({@code kiosk.zone}), never in
     * the machine's own zone. What "today" and "now" are for screens, open days and audit lines.
     */
    public java.time.Clock clock() {
        return java.time.Clock.system(zone);
    }

    /** Hourly figures older than this many hours, daily figures older than this many days, are shown as stale. */
    public static final int DEFAULT_STALE_HOURLY_HOURS = 3;
    public static final int DEFAULT_STALE_DAILY_DAYS = 2;

    /** A configuration whose PIN try counter is not marked as required (see {@link PinGuard}). */
    public KioskConfig(Path file, String kioskId, Path snapshotStore, Path contentDir, int idleSeconds,
                       String defaultLanguage, String adminPinHash, int adminIdleMinutes, int keepSnapshots,
                       List<String> screenOrder, boolean fullScreen, Path stateDir, ZoneId zone, List<String> warnings,
                       FleetSettings fleet, int staleHourlyHours, int staleDailyDays) {
        this(file, kioskId, snapshotStore, contentDir, idleSeconds, defaultLanguage, adminPinHash, adminIdleMinutes,
                keepSnapshots, screenOrder, fullScreen, stateDir, zone, warnings, fleet, staleHourlyHours,
                staleDailyDays, false);
    }

    /** A configuration with the default data-age limits (3 hours, 2 days). */
    public KioskConfig(Path file, String kioskId, Path snapshotStore, Path contentDir, int idleSeconds,
                       String defaultLanguage, String adminPinHash, int adminIdleMinutes, int keepSnapshots,
                       List<String> screenOrder, boolean fullScreen, Path stateDir, ZoneId zone, List<String> warnings,
                       FleetSettings fleet) {
        this(file, kioskId, snapshotStore, contentDir, idleSeconds, defaultLanguage, adminPinHash, adminIdleMinutes,
                keepSnapshots, screenOrder, fullScreen, stateDir, zone, warnings, fleet, DEFAULT_STALE_HOURLY_HOURS,
                DEFAULT_STALE_DAILY_DAYS);
    }

    /** A configuration in the default zone without fleet settings (a kiosk that only reads its own store). */
    public KioskConfig(Path file, String kioskId, Path snapshotStore, Path contentDir, int idleSeconds,
                       String defaultLanguage, String adminPinHash, int adminIdleMinutes, int keepSnapshots,
                       List<String> screenOrder, boolean fullScreen, Path stateDir, List<String> warnings) {
        this(file, kioskId, snapshotStore, contentDir, idleSeconds, defaultLanguage, adminPinHash, adminIdleMinutes,
                keepSnapshots, screenOrder, fullScreen, stateDir, DEFAULT_ZONE, warnings, FleetSettings.none());
    }

    public static KioskConfig load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return fromProperties(file, p);
    }

    /** Loads {@code file} when it exists, else the defaults (a fresh checkout without config still runs). */
    public static KioskConfig loadOrDefaults(Path file) throws IOException {
        return Files.exists(file) ? load(file) : fromProperties(file, new Properties());
    }

    static KioskConfig fromProperties(Path file, Properties p) {
        java.util.ArrayList<String> warnings = new java.util.ArrayList<>();
        int idle = intValue(p, "idle.seconds", 90, 10, 3600, warnings);
        int adminIdle = intValue(p, "admin.idle.minutes", 5, 1, 120, warnings);
        int keep = intValue(p, "snapshot.keep", 5, 1, 100, warnings);
        String language = p.getProperty("language.default", "zh").trim();
        if (!language.equals("zh") && !language.equals("en")) {
            warnings.add("language.default must be zh or en, not '" + language + "'; using zh");
            language = "zh";
        }
        String pin = p.getProperty("admin.pin.hash", "").trim();
        if (pin.isEmpty()) {
            warnings.add("admin.pin.hash is not set: the kiosk cannot be left until a PIN is set (eco-kiosk admin set-pin)");
        } else if (!PinHash.isStrong(pin)) {
            warnings.add("admin.pin.hash is refused: not a PBKDF2-SHA256 hash with >= " + PinHash.ITERATIONS
                    + " iterations; the kiosk cannot be left until a PIN is set again (eco-kiosk admin set-pin)");
            pin = "";
        }
        ZoneId zone = zoneValue(p, warnings);
        List<String> order = Arrays.stream(p.getProperty("screens.order", String.join(",", ALL_SCREENS)).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String screen : order) {
            if (!ALL_SCREENS.contains(screen)) {
                warnings.add("screens.order names unknown screen '" + screen + "'; it is ignored");
            }
        }
        order = order.stream().filter(ALL_SCREENS::contains).distinct().toList();
        if (order.isEmpty()) {
            order = ALL_SCREENS;
        }
        FleetSettings fleet = FleetSettings.from(p, warnings);
        int staleHours = intValue(p, "stale.hourly.hours", DEFAULT_STALE_HOURLY_HOURS, 1, 72, warnings);
        int staleDays = intValue(p, "stale.daily.days", DEFAULT_STALE_DAILY_DAYS, 1, 30, warnings);
        return new KioskConfig(file, p.getProperty("kiosk.id", "kiosk").trim(),
                Path.of(p.getProperty("snapshot.store", "var/snapshots").trim()),
                Path.of(p.getProperty("content.dir", "content").trim()), idle, language, pin, adminIdle, keep, order,
                Boolean.parseBoolean(p.getProperty("fullscreen", "true").trim()),
                Path.of(p.getProperty("state.dir", "var").trim()), zone, warnings, fleet, staleHours, staleDays,
                // written by set-pin beside the hash (PinHashFile): a missing try counter then means a deleted one
                Boolean.parseBoolean(p.getProperty(PinHashFile.TRIES_REQUIRED, "false").trim()));
    }

    private static ZoneId zoneValue(Properties p, List<String> warnings) {
        String raw = p.getProperty("kiosk.zone", "").trim();
        if (raw.isEmpty()) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(raw);
        } catch (java.time.DateTimeException e) {
            warnings.add("kiosk.zone = '" + raw + "' is not a time zone (e.g. Asia/Shanghai); using " + DEFAULT_ZONE);
            return DEFAULT_ZONE;
        }
    }

    static int intValue(Properties p, String key, int fallback, int min, int max, List<String> warnings) {
        String raw = p.getProperty(key);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw.trim());
            if (v < min || v > max) {
                warnings.add(key + " = " + v + " is outside " + min + "–" + max + "; using " + fallback);
                return fallback;
            }
            return v;
        } catch (NumberFormatException e) {
            warnings.add(key + " = '" + raw + "' is not a number; using " + fallback);
            return fallback;
        }
    }

    /** Where PIN tries are counted (survives restarts; not in the snapshot). */
    public Path pinTriesFile() {
        return stateDir.resolve("admin").resolve("pin-tries.properties");
    }

    public KioskConfig withSnapshotStore(Path store) {
        return new KioskConfig(file, kioskId, store, contentDir, idleSeconds, defaultLanguage, adminPinHash,
                adminIdleMinutes, keepSnapshots, screenOrder, fullScreen, stateDir, zone, warnings, fleet,
                staleHourlyHours, staleDailyDays, pinTriesRequired);
    }

    public KioskConfig withFullScreen(boolean on) {
        return new KioskConfig(file, kioskId, snapshotStore, contentDir, idleSeconds, defaultLanguage, adminPinHash,
                adminIdleMinutes, keepSnapshots, screenOrder, on, stateDir, zone, warnings, fleet,
                staleHourlyHours, staleDailyDays, pinTriesRequired);
    }

    public KioskConfig withIdleSeconds(int seconds) {
        return new KioskConfig(file, kioskId, snapshotStore, contentDir, seconds, defaultLanguage, adminPinHash,
                adminIdleMinutes, keepSnapshots, screenOrder, fullScreen, stateDir, zone, warnings, fleet,
                staleHourlyHours, staleDailyDays, pinTriesRequired);
    }
}
