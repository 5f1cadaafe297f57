package org.ecokiosk.fleet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.model.MonthlyUsage;
import org.ecokiosk.model.UsageCount;

/**
 * What one kiosk tells the office, PUT as {@code <kiosk-id>.json}: which snapshot it shows, how its
 * pulls went, its clock against the origin's, free disk, uptime, the alert it shows, and the
 * anonymous screen counts since its last report that reached the office, and its cumulative
 * monthly totals for this year and last (each document replaces the last; the totals survive that).
 */
public record StatusDocument(String kioskId, Instant reportedAt, Optional<Shown> snapshot, PullHistory pulls,
                             long freeDiskBytes, long uptimeSeconds, Optional<FleetAlert> alert,
                             List<UsageCount> usageSinceLastReport, List<MonthlyUsage> usageByMonth) {
    public static final int FORMAT = 1;

    public StatusDocument {
        usageSinceLastReport = List.copyOf(usageSinceLastReport);
        usageByMonth = List.copyOf(usageByMonth);
    }

    /** The snapshot a kiosk shows. */
    public record Shown(String contentSha256, LocalDate dataAsOf, boolean containsSample) {
    }

    public long screensOpened() {
        return usageSinceLastReport.stream().mapToLong(UsageCount::count).sum();
    }

    /** Screens opened on this kiosk in {@code year}, from its cumulative monthly totals. */
    public long screensOpenedIn(int year) {
        return usageByMonth.stream().filter(m -> m.month().getYear() == year).mapToLong(MonthlyUsage::count).sum();
    }
}
