package org.ecokiosk.ingest.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.evaluation.air.DistrictDays;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.Station;
import org.ecokiosk.model.WaterSection;
import org.ecokiosk.snapshot.SnapshotContent;
import org.ecokiosk.standards.air.evaluation.DailyAirValues;
import org.ecokiosk.standards.water.WaterClass;

/**
 * The sample data the kiosk shows until the district imports its own monitoring data: a daily
 * air series 2015-01-01 … 2026-10-31 for one sample station (with hourly values for its last
 * {@value SampleAirHours#DAYS} days, for the real-time AQI), monthly water samples, and yearly
 * noise and green figures — every row with origin SAMPLE, so the snapshot's sample flag is set and
 * every screen shows the 示例数据 badge. Same settings, same rows: the generator is deterministic.
 * The yearly good days and PM2.5 of the sample years are not written here: the evaluation layer
 * derives them from the sample days (evaluation.plan.PlanSeries, HJ 663), the one home of figures
 * computed from data, exactly as it does for imported days.
 */
public final class SampleSeries {
    private SampleSeries() {
    }

    /**
     * {@code content} plus the sample series when content/data/sample-series.properties enables
     * it; {@code content} unchanged otherwise.
     */
    public static SnapshotContent addIfEnabled(Path contentDir, SnapshotContent content) throws ImportFailedException {
        Problems problems = new Problems();
        Optional<SampleSeriesSettings> settings = SampleSeriesSettings.read(contentDir.resolve("data"), problems);
        problems.throwIfAny();
        if (settings.isEmpty() || !settings.get().enabled()) {
            return content;
        }
        return content.plus(generate(settings.get(), content));
    }

    static SnapshotContent generate(SampleSeriesSettings settings, SnapshotContent content) {
        List<AirDay> days = SampleAirSeries.generate(settings.stationCode(), settings.seed());
        Station station = new Station(settings.stationCode(), settings.stationName(), "Chongqing", DataOrigin.SAMPLE,
                settings.stationPosition());
        return SnapshotContent.builder()
                .stations(List.of(station))
                .airDays(days)
                .airHours(SampleAirHours.lastDays(days, settings.seed()))
                .waterSamples(SampleWaterSeries.generate(content.waterSections(),
                        waterClasses(content.waterSections(), settings), settings.seed()))
                .noiseReadings(SampleNoiseAndGreen.noise(settings.seed()))
                .greenMetrics(SampleNoiseAndGreen.green(settings.seed()))
                .build();
    }

    /** A day's values as the HJ 663 annual evaluation takes them. */
    public static List<DailyAirValues> dailyValues(List<AirDay> days, int year) {
        return days.stream().filter(d -> d.date().getYear() == year).map(d -> DistrictDays.ofStation(d, List.of()).dailyValues()).toList();
    }

    private static Map<String, WaterClass> waterClasses(List<WaterSection> sections, SampleSeriesSettings settings) {
        Map<String, WaterClass> classes = new HashMap<>();
        for (WaterSection s : sections) {
            WaterClass c = settings.waterClasses().get(s.code());
            if (c == null) {
                c = WaterClass.parse(s.targetClass()).orElse(WaterClass.III);
            }
            classes.put(s.code(), c);
        }
        return classes;
    }

    /** The first and last day of the sample air series. */
    public static LocalDate firstDay() {
        return SampleAirSeries.FIRST_DAY;
    }

    public static LocalDate lastDay() {
        return SampleAirSeries.LAST_DAY;
    }
}
