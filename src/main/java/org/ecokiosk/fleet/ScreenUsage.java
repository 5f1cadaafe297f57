package org.ecokiosk.fleet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.UsageCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts screen openings for the status report, anonymously (day, screen, language). Callable
 * from the FX thread: the write happens on a thread of its own, so a touch never waits on disk.
 */
public final class ScreenUsage implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenUsage.class);

    private final UsageCounts counts;
    private final Clock clock;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "screen-usage");
        t.setDaemon(true);
        return t;
    });

    public ScreenUsage(UsageCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    public void opened(String screen, String language) {
        LocalDate day = LocalDate.now(clock);
        writer.execute(() -> {
            try {
                counts.opened(day, screen, language);
            } catch (SnapshotException e) {
                LOG.warn("{}", e.getMessage());
            }
        });
    }

    /** Waits for the counts queued so far (tests, shutdown). */
    public void flush() throws InterruptedException {
        try {
            writer.submit(() -> { }).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("an empty task cannot fail", e);
        }
    }

    @Override
    public void close() {
        writer.shutdown();
    }
}
