package org.ecokiosk.operations;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.ecokiosk.report.ReportRequest;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;

/**
 * The years an officer can build a report for: those the snapshot holds figures for. The
 * default is the last full year (reports are written in spring about the year before), or the
 * latest year when the snapshot holds nothing earlier than this one.
 */
public record ReportYears(List<Integer> years, int defaultYear) {
    public ReportYears {
        years = List.copyOf(years);
    }

    public static ReportYears of(SnapshotReader snapshot, LocalDate today) throws SnapshotException {
        TreeSet<Integer> years = new TreeSet<>();
        snapshot.indicatorValues().forEach(v -> years.add(v.year()));
        snapshot.noiseReadings().forEach(r -> years.add(r.year()));
        snapshot.greenMetrics().forEach(g -> years.add(g.year()));
        snapshot.latestAirDay().ifPresent(d -> years.add(d.getYear()));
        years.removeIf(y -> y < ReportRequest.FIRST_YEAR || y > ReportRequest.LAST_YEAR);
        if (years.isEmpty()) {
            years.add(today.getYear() - 1);
        }
        Integer lastFull = years.floor(today.getYear() - 1);
        return new ReportYears(List.copyOf(years), lastFull != null ? lastFull : years.last());
    }
}
