package org.ecokiosk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.ecokiosk.config.FleetSettings;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.fleet.FleetCondition;
import org.ecokiosk.fleet.FleetException;
import org.ecokiosk.fleet.FleetHttp;
import org.ecokiosk.fleet.FleetKeys;
import org.ecokiosk.fleet.FleetPoller;
import org.ecokiosk.fleet.PullCycle;
import org.ecokiosk.fleet.PullResult;
import org.ecokiosk.fleet.ScreenUsage;
import org.ecokiosk.fleet.StatusReporter;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.snapshot.UsageCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's part in the fleet, built from kiosk-config: the pull timer (when
 * {@code fleet.manifest.url} and {@code fleet.public.key} are set), the anonymous screen counts,
 * and the status reports (when {@code fleet.status.url} is set). Everything runs on threads of
 * its own; conditions go to {@code onCondition} from those threads. A kiosk without fleet
 * settings only counts screens locally.
 */
final class KioskFleet implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KioskFleet.class);
    /** Let the kiosk draw its first screen before the network is touched. */
    static final Duration FIRST_PULL_AFTER = Duration.ofSeconds(5);
    static final Duration FIRST_REPORT_AFTER = Duration.ofSeconds(30);
    /** The fleet wiring starts this long after the kiosk's window (well before the first pull). */
    static final Duration START_AFTER = Duration.ofSeconds(2);

    private final List<AutoCloseable> parts;
    private final Optional<ScreenUsage> usage;

    private KioskFleet(List<AutoCloseable> parts, Optional<ScreenUsage> usage) {
        this.parts = parts;
        this.usage = usage;
    }

    static KioskFleet start(KioskConfig config, Consumer<FleetCondition> onCondition, Clock clock) {
        List<AutoCloseable> parts = new ArrayList<>();
        FleetSettings settings = config.fleet();
        SnapshotStore store = new SnapshotStore(config.snapshotStore());
        FleetHttp http = new FleetHttp();
        Optional<PullCycle> cycle = cycle(config, http, store, clock);
        Optional<ScreenUsage> usage = Optional.empty();
        Optional<UsageCounts> counts = Optional.empty();
        try {
            counts = Optional.of(UsageCounts.open(config.stateDir().resolve("usage").resolve("usage.sqlite")));
            parts.add(counts.get());
            usage = Optional.of(new ScreenUsage(counts.get(), clock));
            parts.add(0, usage.get());
        } catch (SnapshotException e) {
            LOG.error("screen counting is off: {}", e.getMessage());
        }
        Optional<StatusReporter> reporter = Optional.empty();
        if (settings.reports() && counts.isPresent()) {
            reporter = Optional.of(new StatusReporter(http, settings.statusUrl().orElseThrow(), config.kioskId(), store,
                    cycle, counts.get(), clock).start(Duration.ofSeconds(settings.statusSeconds()), FIRST_REPORT_AFTER));
            parts.add(0, reporter.get());
        }
        Optional<StatusReporter> reports = reporter;
        Consumer<FleetCondition> shown = c -> {
            reports.ifPresent(r -> r.showing(c.alert()));
            onCondition.accept(c);
        };
        cycle.ifPresent(c -> parts.add(0, new FleetPoller(c, Duration.ofSeconds(settings.pollSeconds()), shown)
                .start(FIRST_PULL_AFTER)));
        return new KioskFleet(parts, usage);
    }

    /** The pull cycle kiosk-config describes; empty (and logged) when pulling is off or the key cannot be read. */
    private static Optional<PullCycle> cycle(KioskConfig config, FleetHttp http, SnapshotStore store, Clock clock) {
        FleetSettings settings = config.fleet();
        if (!settings.pulls()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PullCycle(http, settings.manifestUrl().orElseThrow(),
                    FleetKeys.readPublic(settings.publicKey().orElseThrow()), store, config.keepSnapshots(),
                    PullCycle.stateDirBeside(config.snapshotStore()), FleetSnapshotChecks.publishChecks(), clock));
        } catch (FleetException | IOException e) {
            LOG.error("fleet pulling is off: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * A fresh kiosk (empty store) that pulls: one cycle now, before the UI, so its first screen is
     * the office's snapshot. Blocking (bounded by the HTTP timeouts); never on the FX thread.
     * Empty when pulling is off or the cycle failed (logged): the caller falls back.
     */
    static Optional<Path> firstPull(KioskConfig config, Clock clock) {
        SnapshotStore store = new SnapshotStore(config.snapshotStore());
        Optional<PullCycle> cycle = cycle(config, new FleetHttp(), store, clock);
        if (cycle.isEmpty()) {
            return Optional.empty();
        }
        LOG.info("no snapshot yet: pulling the first one from {}", config.fleet().manifestUrl().orElseThrow());
        PullResult r = cycle.get().run();
        r.error().ifPresent(e -> LOG.warn("the first pull failed: {}", e));
        try {
            return r.ok() ? store.current() : Optional.empty();
        } catch (IOException e) {
            LOG.error("cannot read the store after the first pull: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * A kiosk showing its out-of-service notice because it has no snapshot at all: keeps pulling on
     * the usual timer (with backoff) until one is in the store, then hands it to {@code arrived}
     * once, on the poller's thread, and stops. Empty when this kiosk does not pull.
     */
    static Optional<AutoCloseable> awaitFirstSnapshot(KioskConfig config, Clock clock, Consumer<Path> arrived) {
        SnapshotStore store = new SnapshotStore(config.snapshotStore());
        Optional<PullCycle> cycle = cycle(config, new FleetHttp(), store, clock);
        if (cycle.isEmpty()) {
            return Optional.empty();
        }
        java.util.concurrent.atomic.AtomicBoolean handed = new java.util.concurrent.atomic.AtomicBoolean();
        FleetPoller[] poller = new FleetPoller[1];
        poller[0] = new FleetPoller(cycle.get(), Duration.ofSeconds(config.fleet().pollSeconds()), condition -> {
            try {
                Optional<Path> current = store.current();
                if (current.isPresent() && handed.compareAndSet(false, true)) {
                    LOG.info("the first snapshot arrived: {}", current.get());
                    arrived.accept(current.get());
                }
            } catch (IOException e) {
                LOG.error("cannot read the store: {}", e.getMessage());
            }
        });
        poller[0].start(FIRST_PULL_AFTER);
        return Optional.of(poller[0]);
    }

    /**
     * The kiosk's whole fleet wiring in one call, on the FX thread: the alert
     * banner over the scene, the pull timer and status reports behind it, screens counted.
     */
    static KioskFleet attach(org.ecokiosk.kiosk.KioskAssembly kiosk, KioskConfig config, Clock clock) {
        org.ecokiosk.kiosk.shell.AlertBanner banner = new org.ecokiosk.kiosk.shell.AlertBanner(
                kiosk.shell().messages(), new org.ecokiosk.kiosk.viewmodel.FleetNoticeModel(), clock);
        banner.mountOn(kiosk.shell().root());
        // opening the usage counts (SQLite) and the HTTP client takes a while: not on the FX
        // thread, where it held back the first frame; screens opened meanwhile are counted once it is up
        CompletableFuture<KioskFleet> started = new CompletableFuture<>();
        java.util.concurrent.CountDownLatch closing = new java.util.concurrent.CountDownLatch(1);
        Thread starter = new Thread(() -> {
            try {
                // after the first frame: on two cores it would compete with the window coming up;
                // a kiosk closing before then starts none of it
                if (closing.await(START_AFTER.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    started.complete(new KioskFleet(new ArrayList<>(), Optional.empty()));
                    return;
                }
                started.complete(start(config, banner::show, clock));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                started.complete(new KioskFleet(new ArrayList<>(), Optional.empty()));
            } catch (RuntimeException e) {
                LOG.error("the fleet wiring could not start: {}", e.getMessage(), e);
                started.complete(new KioskFleet(new ArrayList<>(), Optional.empty()));
            }
        }, "kiosk-fleet-start");
        starter.setDaemon(true);
        starter.start();
        List<AutoCloseable> parts = new ArrayList<>();
        parts.add(banner::stop);
        parts.add(() -> {
            closing.countDown();
            started.join().close();
        });
        org.ecokiosk.kiosk.shell.ScreenCounting.follow(kiosk.shell().navigator(), kiosk.shell().messages(),
                (screen, language) -> started.thenAccept(fleet -> fleet.opened(screen, language)));
        return new KioskFleet(parts, Optional.empty());
    }

    /** A resident opened {@code screen} in {@code language}; counted off the FX thread. */
    void opened(String screen, String language) {
        usage.ifPresent(u -> u.opened(screen, language));
    }

    @Override
    public void close() {
        for (AutoCloseable part : parts) {
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", part, e.getMessage());
            }
        }
    }
}
