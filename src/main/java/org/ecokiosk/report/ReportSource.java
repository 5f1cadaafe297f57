package org.ecokiosk.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.evaluation.plan.PlanData;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.ContentPage;
import org.ecokiosk.model.PageKind;
import org.ecokiosk.model.Station;
import org.ecokiosk.model.EcoTown;
import org.ecokiosk.model.Facility;
import org.ecokiosk.model.GreenMetric;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.NoiseReading;
import org.ecokiosk.model.O3HourPeak;
import org.ecokiosk.model.OpenDay;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.PublishedFigure;
import org.ecokiosk.model.SnapshotMeta;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.model.WaterSection;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;

/**
 * Everything a report reads from the snapshot, read once up front: report builders are then
 * pure functions of this record, which is what makes them reproducible and testable.
 *
 * @param airDays every station-day from {@link ReportRequest#FIRST_YEAR} to the end of the year
 * @param o3Peaks their daily highest hourly O3, where the stations have hours
 * @param chapters the officer's Markdown chapters of bulletins (综述, 主要措施), of every year
 */
record ReportSource(int year, SnapshotMeta meta, List<PlanIndicator> indicators, List<IndicatorValue> values,
                    List<AirDay> airDays, List<O3HourPeak> o3Peaks, List<WaterSection> waterSections,
                    List<WaterSample> waterSamples, List<NoiseReading> noise, List<GreenMetric> green,
                    List<EcoTown> towns, List<Facility> facilities, List<OpenDay> openDays,
                    List<PublishedFigure> published, List<Station> stations, List<ContentPage> chapters) {

    static ReportSource load(SnapshotReader snapshot, int year) throws SnapshotException {
        LocalDate from = LocalDate.of(ReportRequest.FIRST_YEAR, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return new ReportSource(year, snapshot.meta(), snapshot.indicators(), snapshot.indicatorValues(),
                snapshot.airDays(Optional.empty(), from, to), snapshot.o3HourPeaks(from, to),
                snapshot.waterSections(), snapshot.waterSamples(), snapshot.noiseReadings(), snapshot.greenMetrics(),
                snapshot.ecoTowns(), snapshot.facilities(), snapshot.openDays(), snapshot.publishedFigures(),
                snapshot.stations(), snapshot.pages(PageKind.BULLETIN));
    }

    /** What the evaluation layer judges the plan's indicators and the chapters' figures from. */
    PlanData planData() {
        return new PlanData(indicators, values, green, waterSections, waterSamples, noise, airDays, o3Peaks, published);
    }

    /** Every table the plan's evaluation reads, for {@link Provenance}. */
    List<String> planTablesRead() {
        List<String> read = new java.util.ArrayList<>(List.of(Provenance.rows("indicator", indicators.size()),
                Provenance.rows("indicator_value", values.size())));
        read.addAll(airTablesRead());
        read.addAll(List.of(Provenance.rows("water_section", waterSections.size()),
                Provenance.rows("water_sample", waterSamples.size()), Provenance.rows("noise_reading", noise.size()),
                Provenance.rows("green_metric", green.size()), Provenance.rows("published_figure", published.size())));
        return read;
    }

    /** The air tables read, for {@link Provenance}: the station-days and the days' hourly O3 maxima. */
    List<String> airTablesRead() {
        List<String> read = new java.util.ArrayList<>(List.of(Provenance.rows("air_day", airDays.size())));
        if (!o3Peaks.isEmpty()) {
            read.add(Provenance.read("air_hour", o3Peaks.size() + "个站日的臭氧最大小时值"));
        }
        return read;
    }

    /** The origins of every year's station-days, by year, from one pass over the days. */
    java.util.Map<Integer, java.util.Set<org.ecokiosk.model.DataOrigin>> airOriginsByYear() {
        java.util.Map<Integer, java.util.Set<org.ecokiosk.model.DataOrigin>> byYear = new java.util.HashMap<>();
        for (AirDay d : airDays) {
            byYear.computeIfAbsent(d.date().getYear(), y -> java.util.EnumSet.noneOf(org.ecokiosk.model.DataOrigin.class))
                    .add(d.origin());
        }
        return byYear;
    }
}
