package org.ecokiosk.kiosk.shell;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * systemd's watchdog, fed only while the JavaFX thread is alive. Under the eco-kiosk service
 * (WatchdogSec=, NotifyAccess=all) systemd passes NOTIFY_SOCKET and WATCHDOG_USEC; every half
 * period this posts a probe to the FX thread and, if the previous probe ran, tells systemd
 * WATCHDOG=1 through {@code systemd-notify}. A hung or dead UI stops the pings and systemd
 * restarts the kiosk. Outside systemd (a developer's machine) nothing runs.
 */
public final class FxWatchdog {
    private static final Logger LOG = LoggerFactory.getLogger(FxWatchdog.class);

    private final Duration period;
    private final Consumer<Runnable> fxThread;
    private final Notifier notifier;
    private final AtomicBoolean answered = new AtomicBoolean(true);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "systemd-watchdog");
        t.setDaemon(true);
        return t;
    });

    /** Sends one notification line to systemd, e.g. WATCHDOG=1. */
    @FunctionalInterface
    public interface Notifier {
        void send(String state) throws IOException, InterruptedException;
    }

    FxWatchdog(Duration period, Consumer<Runnable> fxThread, Notifier notifier) {
        this.period = period;
        this.fxThread = fxThread;
        this.notifier = notifier;
    }

    /** The watchdog systemd asked for in this process's environment, if any. */
    public static Optional<FxWatchdog> fromEnvironment() {
        return pingPeriod(System.getenv()).map(p -> new FxWatchdog(p, Platform::runLater, FxWatchdog::systemdNotify));
    }

    /** Half of WATCHDOG_USEC when systemd supervises this process with a watchdog. */
    static Optional<Duration> pingPeriod(Map<String, String> env) {
        if (env.getOrDefault("NOTIFY_SOCKET", "").isBlank()) {
            return Optional.empty();
        }
        try {
            long usec = Long.parseLong(env.getOrDefault("WATCHDOG_USEC", "").trim());
            return usec > 0 ? Optional.of(Duration.ofNanos(usec * 1000 / 2)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void start() {
        LOG.info("systemd watchdog: telling systemd every {} s while the UI thread answers", period.toSeconds());
        timer.scheduleAtFixedRate(this::tick, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void stop() {
        timer.shutdownNow();
    }

    /** One period: ping systemd if the FX thread ran the last probe, then post the next probe. */
    void tick() {
        if (answered.getAndSet(false)) {
            try {
                notifier.send("WATCHDOG=1");
            } catch (IOException e) {
                LOG.warn("systemd watchdog: cannot notify systemd: {}", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        } else {
            LOG.error("systemd watchdog: the UI thread has not answered for {} s; systemd will restart the kiosk",
                    period.toSeconds());
        }
        fxThread.accept(() -> answered.set(true));
    }

    private static void systemdNotify(String state) throws IOException, InterruptedException {
        // systemd-notify waits until systemd has read the message (its barrier), so the short-lived
        // sender is still known to belong to the service; NotifyAccess=all admits a child of cage
        Process p = new ProcessBuilder("systemd-notify", state).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(5, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("systemd-notify did not return within 5 s");
        }
        if (p.exitValue() != 0) {
            throw new IOException("systemd-notify exited with " + p.exitValue());
        }
    }
}
