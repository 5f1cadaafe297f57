package org.ecokiosk.cli;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.config.PinHash;
import org.ecokiosk.model.SnapshotMeta;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.snapshot.SnapshotVerifier;

/**
 * What `eco-kiosk doctor` looks at on a kiosk: the configuration, the PIN, the snapshot store,
 * the fonts, free disk, the clock and the fleet origin. Every check answers in one line and says
 * what to do when something is wrong; none changes anything.
 */
final class KioskInstallChecks {
    /** The PIN of the committed demo configuration; a real kiosk must not keep it. */
    static final String DEMO_PIN = "246810";
    static final long MIN_FREE_BYTES = 512L * 1024 * 1024;
    static final Duration HTTP_TIMEOUT = Duration.ofSeconds(5);
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Path configFile;
    private final Clock clock;
    private final Path logDir;
    private final String setPinCommand;

    KioskInstallChecks(Path configFile, Clock clock, Path logDir) {
        this.configFile = configFile;
        this.clock = clock;
        this.logDir = logDir;
        // installed, /usr/bin/eco-kiosk run by root switches to the kiosk account itself
        this.setPinCommand = installed() ? "sudo eco-kiosk admin set-pin" : "eco-kiosk admin set-pin";
    }

    private boolean installed() {
        return configFile.toAbsolutePath().startsWith("/etc/eco-kiosk");
    }

    List<DoctorCheck> run() {
        List<DoctorCheck> checks = new ArrayList<>();
        if (!Files.isRegularFile(configFile)) {
            checks.add(DoctorCheck.fix("config", configFile + " does not exist",
                    "create it (the installed package writes /etc/eco-kiosk/kiosk.properties) or pass --config FILE"));
            return checks;
        }
        if (!Files.isReadable(configFile)) {
            checks.add(DoctorCheck.fix("config", configFile + " is not readable by " + System.getProperty("user.name"),
                    "run it as root or as the kiosk account: sudo eco-kiosk doctor"));
            return checks;
        }
        KioskConfig config;
        try {
            config = KioskConfig.load(configFile);
        } catch (IOException | IllegalArgumentException e) {
            checks.add(DoctorCheck.fix("config", configFile + " cannot be read: " + e.getMessage(),
                    "fix the file (UTF-8, key=value lines)"));
            return checks;
        }
        checks.add(configCheck(config));
        checks.add(pinCheck(config.adminPinHash()));
        Optional<SnapshotMeta> meta = snapshotCheck(config, checks);
        checks.add(fontCheck());
        checks.add(graphicsCheck(RenderingPipeline.ofThisJvm()));
        checks.add(diskCheck(config));
        checks.add(clockCheck(config, meta));
        checks.add(fleetCheck(config));
        return checks;
    }

    DoctorCheck configCheck(KioskConfig config) {
        // the PIN has a line of its own
        List<String> warnings = config.warnings().stream().filter(w -> !w.startsWith("admin.pin.hash")).toList();
        if (!warnings.isEmpty()) {
            return DoctorCheck.fix("config", configFile + ": " + String.join("; ", warnings),
                    "correct these keys in " + configFile);
        }
        try {
            PosixFileAttributes attributes = Files.readAttributes(configFile, PosixFileAttributes.class);
            Set<PosixFilePermission> open = EnumSet.copyOf(attributes.permissions());
            open.retainAll(GROUP_OR_OTHERS);
            String owner = attributes.owner().getName();
            if (!open.isEmpty()) {
                return DoctorCheck.fix("config", configFile + " (it holds the PIN hash) can be read by others than "
                        + owner, "chmod 600 " + configFile);
            }
            if (installed() && !owner.equals("eco-kiosk")) {
                return DoctorCheck.fix("config", configFile + " belongs to " + owner + ", so the kiosk cannot read it",
                        "chown eco-kiosk:eco-kiosk " + configFile);
            }
            return DoctorCheck.ok("config", configFile + " readable, owner-only (" + owner + ")");
        } catch (UnsupportedOperationException | IOException e) {
            return DoctorCheck.ok("config", configFile + " readable");
        }
    }

    DoctorCheck pinCheck(String hash) {
        if (hash.isBlank()) {
            return DoctorCheck.fix("pin", "no admin PIN is set: nobody can leave the kiosk or open admin mode",
                    setPinCommand);
        }
        if (!PinHash.isStrong(hash)) {
            return DoctorCheck.fix("pin", "admin.pin.hash is not a PBKDF2-SHA256 hash with at least "
                    + PinHash.ITERATIONS + " iterations", setPinCommand);
        }
        if (PinHash.matches(DEMO_PIN.toCharArray(), hash)) {
            return DoctorCheck.fix("pin", "the admin PIN is still the demo PIN " + DEMO_PIN + " from the README",
                    setPinCommand);
        }
        return DoctorCheck.ok("pin", "set, PBKDF2-SHA256, not the demo PIN");
    }

    private Optional<SnapshotMeta> snapshotCheck(KioskConfig config, List<DoctorCheck> checks) {
        SnapshotStore store = new SnapshotStore(config.snapshotStore());
        Optional<Path> current;
        try {
            current = store.current();
        } catch (IOException e) {
            checks.add(DoctorCheck.fix("snapshot", "the store " + config.snapshotStore() + " cannot be read: "
                    + e.getMessage(), "check the folder and its owner (the kiosk account)"));
            return Optional.empty();
        }
        if (current.isEmpty()) {
            checks.add(DoctorCheck.warn("snapshot", "nothing is published in " + config.snapshotStore(),
                    "the kiosk builds one from " + config.contentDir() + " on its first start; or: eco-kiosk publish FILE"));
            return Optional.empty();
        }
        SnapshotVerifier.Result result = SnapshotVerifier.verify(current.get());
        if (!result.ok()) {
            checks.add(DoctorCheck.fix("snapshot", "the current snapshot " + current.get() + " does not verify: "
                    + result.problem(), "eco-kiosk rollback, or publish a good snapshot"));
            return Optional.empty();
        }
        SnapshotMeta meta = result.meta().orElseThrow();
        checks.add(DoctorCheck.ok("snapshot", current.get().getFileName() + " verifies (content "
                + meta.contentSha256().substring(0, 12) + ", data as of " + meta.dataAsOf()
                + (meta.containsSample() ? ", contains sample data" : "") + ")"));
        long kept = countSnapshots(config.snapshotStore());
        if (kept > config.keepSnapshots() + 1) {
            checks.add(DoctorCheck.warn("store", kept + " snapshots in " + config.snapshotStore() + ", snapshot.keep is "
                    + config.keepSnapshots(), "the next publish prunes the store to snapshot.keep"));
        }
        return Optional.of(meta);
    }

    private static long countSnapshots(Path store) {
        try (Stream<Path> files = Files.list(store)) {
            return files.filter(f -> f.getFileName().toString().matches("snapshot-.*\\.sqlite")).count();
        } catch (IOException e) {
            return 0;
        }
    }

    DoctorCheck fontCheck() {
        List<String> loaded = new ArrayList<>();
        for (String face : List.of("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf")) {
            try (InputStream in = KioskInstallChecks.class.getResourceAsStream("/fonts/" + face)) {
                if (in == null) {
                    return DoctorCheck.fix("fonts", face + " is missing from the program",
                            "reinstall the package (the font ships inside it)");
                }
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                if (font.canDisplayUpTo("沙坪坝区生态环境") != -1) {
                    return DoctorCheck.fix("fonts", face + " lacks Chinese glyphs", "reinstall the package");
                }
                loaded.add(font.getFontName());
            } catch (IOException | java.awt.FontFormatException e) {
                return DoctorCheck.fix("fonts", face + " cannot be read: " + e.getMessage(), "reinstall the package");
            }
        }
        return DoctorCheck.ok("fonts", String.join(", ", loaded) + " load and cover Chinese");
    }

    /** Which pipeline the kiosk draws with and why; informational (either pipeline shows every screen). */
    DoctorCheck graphicsCheck(RenderingPipeline.Choice choice) {
        return DoctorCheck.ok("graphics", choice.reason());
    }

    DoctorCheck diskCheck(KioskConfig config) {
        long snapshotBytes = largestSnapshot(config.snapshotStore());
        long needed = Math.max(MIN_FREE_BYTES, (config.keepSnapshots() + 2L) * snapshotBytes);
        List<String> parts = new ArrayList<>();
        for (Path dir : List.of(config.snapshotStore(), config.stateDir(), logDir)) {
            // statvfs through File: works where the mount table is not visible (containers, chroots)
            long free = existingAncestor(dir).toFile().getUsableSpace();
            if (free <= 0) {
                return DoctorCheck.fix("disk", dir + " cannot be inspected", "check that the folder exists");
            }
            if (free < needed) {
                return DoctorCheck.fix("disk", mib(free) + " free for " + dir + ", below the " + mib(needed)
                        + " a kiosk needs (snapshots of " + mib(snapshotBytes) + " × snapshot.keep "
                        + config.keepSnapshots() + ", logs)", "free space there or lower snapshot.keep");
            }
            parts.add(mib(free) + " free for " + dir);
        }
        return DoctorCheck.ok("disk", String.join(", ", parts));
    }

    private static long largestSnapshot(Path store) {
        try (Stream<Path> files = Files.list(store)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".sqlite")).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).max().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    private static Path existingAncestor(Path dir) {
        Path p = dir.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? Path.of("/") : p;
    }

    private static String mib(long bytes) {
        return (bytes / (1024 * 1024)) + " MiB";
    }

    DoctorCheck clockCheck(KioskConfig config, Optional<SnapshotMeta> meta) {
        Instant now = clock.instant();
        String shown = LOCAL_TIME.format(ZonedDateTime.ofInstant(now, config.zone())) + " " + config.zone();
        if (meta.isPresent() && now.isBefore(meta.get().builtAt().minus(Duration.ofHours(1)))) {
            return DoctorCheck.fix("clock", "the clock reads " + shown + ", before the snapshot was built ("
                    + meta.get().builtAt() + ")", "set the time (timedatectl set-ntp true, or the BIOS clock)");
        }
        Optional<String> synced = ntpSynchronized();
        if (synced.isPresent() && synced.get().equals("no")) {
            return DoctorCheck.warn("clock", shown + "; not synchronised with a time server",
                    "timedatectl set-ntp true (systemd-timesyncd), so dates on screen stay right");
        }
        return DoctorCheck.ok("clock", shown + (synced.isPresent() ? ", synchronised" : ""));
    }

    /** timedatectl's view, where systemd runs; empty elsewhere (containers, other systems). */
    private static Optional<String> ntpSynchronized() {
        try {
            Process p = new ProcessBuilder("timedatectl", "show", "-p", "NTPSynchronized", "--value")
                    .redirectErrorStream(true).start();
            if (!p.waitFor(3, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.exitValue() == 0 && (answer.equals("yes") || answer.equals("no")) ? Optional.of(answer)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    DoctorCheck fleetCheck(KioskConfig config) {
        Optional<URI> manifest = config.fleet().manifestUrl();
        if (manifest.isEmpty()) {
            return DoctorCheck.skip("fleet", "fleet.manifest.url is not set: this kiosk follows its local store only");
        }
        URI uri = manifest.get();
        String manifestUrl = uri.toString();
        Optional<Path> key = config.fleet().publicKey();
        if (key.isPresent() && !Files.isReadable(key.get())) {
            return DoctorCheck.fix("fleet", "the office's public key " + key.get() + " cannot be read",
                    "copy fleet.pub there (from eco-kiosk fleet keygen at the office)");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            int status = http.send(HttpRequest.newBuilder(uri).timeout(HTTP_TIMEOUT)
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status == 405 || status == 501) {
                // some object stores refuse HEAD; a GET of the small manifest says the same
                status = http.send(HttpRequest.newBuilder(uri).timeout(HTTP_TIMEOUT).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            }
            if (status >= 400) {
                return DoctorCheck.fix("fleet", manifestUrl + " answered HTTP " + status,
                        "check the URL and that the office has published (eco-kiosk fleet publish)");
            }
            return DoctorCheck.ok("fleet", manifestUrl + " reachable (HTTP " + status + ")");
        } catch (IOException e) {
            return DoctorCheck.fix("fleet", manifestUrl + " cannot be reached: " + describe(e),
                    "check the network, DNS and proxy of this kiosk; it keeps showing its last good snapshot meanwhile");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DoctorCheck.fix("fleet", "interrupted", "run doctor again");
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " (" + message + ")");
    }
}
