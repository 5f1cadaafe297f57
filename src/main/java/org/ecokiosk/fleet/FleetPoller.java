package org.ecokiosk.fleet;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's timer: runs the pull cycle on a daemon thread of its own (never the FX thread),
 * every {@code fleet.poll.seconds}, backing off after failures. A successful pull moves the
 * store's current pointer, which the kiosk's store watcher turns into a hot swap, exactly as
 * after a local publish. Each outcome goes to {@code listener}, on this thread.
 */
public final class FleetPoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FleetPoller.class);

    private final PullCycle cycle;
    private final Backoff backoff;
    private final Consumer<FleetCondition> listener;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fleet-poller");
        t.setDaemon(true);
        return t;
    });

    public FleetPoller(PullCycle cycle, Duration every, Consumer<FleetCondition> listener) {
        this.cycle = cycle;
        this.backoff = new Backoff(every, RandomGenerator.getDefault());
        this.listener = listener;
    }

    /**
     * Tells the listener at once what the last run left (an alert keeps showing after a restart
     * without network), then pulls after {@code firstAfter}.
     */
    public FleetPoller start(Duration firstAfter) {
        timer.execute(() -> notifyQuietly(new FleetCondition(cycle.rememberedAlert(), cycle.lastSuccess(),
                cycle.history().lastError())));
        timer.schedule(this::runAndReschedule, firstAfter.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void runAndReschedule() {
        boolean ok = false;
        try {
            PullResult r = cycle.run();
            ok = r.ok();
            if (r.changed()) {
                LOG.info("the office published snapshot {}; the kiosk switches to it", r.snapshot().orElse("?"));
            }
            notifyQuietly(new FleetCondition(r.alert(), r.lastSuccess(), r.error()));
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again: log and keep polling
            LOG.error("fleet pull cycle failed unexpectedly", e);
        } finally {
            Duration next = backoff.next(ok);
            if (!ok) {
                LOG.info("next fleet pull in {} s ({} failure(s) in a row)", next.toSeconds(), backoff.failures());
            }
            if (!timer.isShutdown()) {
                timer.schedule(this::runAndReschedule, next.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private void notifyQuietly(FleetCondition condition) {
        try {
            listener.accept(condition);
        } catch (RuntimeException e) {
            LOG.error("showing the fleet condition failed", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
