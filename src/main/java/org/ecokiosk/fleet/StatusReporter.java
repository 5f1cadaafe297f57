package org.ecokiosk.fleet;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.ecokiosk.model.MonthlyUsage;
import org.ecokiosk.model.UsageCount;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.snapshot.UsageCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the kiosk's status document by HTTP PUT to {@code fleet.status.url}/&lt;kiosk-id&gt;.json
 * on a timer, backing off while the office cannot be reached. Usage counts are marked as sent
 * only once a PUT succeeded, so nothing counted is lost to a network outage; each document
 * replaces the last, the counts in it are those not yet received.
 */
public final class StatusReporter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StatusReporter.class);

    private final FleetHttp http;
    private final URI target;
    private final String kioskId;
    private final SnapshotStore store;
    private final Optional<PullCycle> pulls;
    private final UsageCounts usage;
    private final Clock clock;
    private final Instant started;
    private volatile Optional<FleetAlert> alert = Optional.empty();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fleet-status-reporter");
        t.setDaemon(true);
        return t;
    });

    public StatusReporter(FleetHttp http, URI statusUrl, String kioskId, SnapshotStore store,
                          Optional<PullCycle> pulls, UsageCounts usage, Clock clock) {
        this.http = http;
        this.target = documentUri(statusUrl, kioskId);
        this.kioskId = kioskId;
        this.store = store;
        this.pulls = pulls;
        this.usage = usage;
        this.clock = clock;
        this.started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    /** {@code <status-url>/<kiosk-id>.json}, the id percent-encoded (it may be Chinese). */
    static URI documentUri(URI statusUrl, String kioskId) {
        String base = statusUrl.toString().endsWith("/") ? statusUrl.toString() : statusUrl + "/";
        return URI.create(base).resolve(URLEncoder.encode(kioskId, StandardCharsets.UTF_8).replace("+", "%20")
                + ".json");
    }

    public URI target() {
        return target;
    }

    /** The alert the kiosk currently shows, for the next document. */
    public void showing(Optional<FleetAlert> shown) {
        alert = shown;
    }

    public StatusReporter start(Duration every, Duration firstAfter) {
        Backoff backoff = new Backoff(every, RandomGenerator.getDefault());
        Runnable[] task = new Runnable[1];
        task[0] = () -> {
            boolean ok = false;
            try {
                ok = reportOnce().isEmpty();
            } catch (RuntimeException e) {
                LOG.error("status report failed unexpectedly", e);
            } finally {
                if (!timer.isShutdown()) {
                    timer.schedule(task[0], backoff.next(ok).toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        };
        timer.schedule(task[0], firstAfter.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Builds and PUTs one document; the reason when it did not arrive, empty when it did. */
    public Optional<String> reportOnce() {
        List<UsageCount> unsent;
        try {
            unsent = usage.unreported();
        } catch (SnapshotException e) {
            LOG.warn("usage counts unreadable, reporting without them: {}", e.getMessage());
            unsent = List.of();
        }
        List<MonthlyUsage> months;
        try {
            months = usage.byMonth(YearMonth.now(clock).minusYears(1).withMonth(1));
        } catch (SnapshotException e) {
            months = List.of();
        }
        StatusDocument doc = document(unsent, months);
        HttpRequest request = HttpRequest.newBuilder(target).timeout(FleetHttp.RESPONSE_TIMEOUT)
                .header("User-Agent", FleetHttp.USER_AGENT).header("Content-Type", "application/json; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofString(StatusJson.write(doc), StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<Void> response = http.client().send(request, HttpResponse.BodyHandlers.discarding());
            int code = response.statusCode();
            if (code < 200 || code > 299) {
                return failed("the status location answered HTTP " + code + " for " + target);
            }
        } catch (IOException e) {
            return failed(FleetHttp.describe(e, target));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("stopped");
        }
        try {
            usage.reported(unsent);
        } catch (SnapshotException e) {
            // the office has them; at worst they are counted twice there, never lost
            LOG.error("usage counts sent but not marked: {}", e.getMessage());
        }
        return Optional.empty();
    }

    StatusDocument document(List<UsageCount> unsent, List<MonthlyUsage> months) {
        Instant now = clock.instant();
        return new StatusDocument(kioskId, now, shown(), pulls.map(PullCycle::history).orElse(
                new PullHistory(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())),
                freeDisk(), Math.max(0, Duration.between(started, now).toSeconds()), alert.filter(a -> a.isActiveAt(now)),
                unsent, months);
    }

    private Optional<StatusDocument.Shown> shown() {
        try {
            Optional<Path> current = store.current();
            if (current.isEmpty()) {
                return Optional.empty();
            }
            try (SnapshotReader r = SnapshotReader.open(current.get())) {
                return Optional.of(new StatusDocument.Shown(r.meta().contentSha256(), r.meta().dataAsOf(),
                        r.meta().containsSample()));
            }
        } catch (IOException | SnapshotException e) {
            return Optional.empty();
        }
    }

    private long freeDisk() {
        try {
            Path dir = store.dir().toAbsolutePath();
            while (dir != null && !Files.exists(dir)) {
                dir = dir.getParent();
            }
            return dir == null ? 0 : Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    private Optional<String> failed(String why) {
        LOG.warn("status report to {} not delivered ({}); kept for the next try", target, why);
        return Optional.of(why);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
