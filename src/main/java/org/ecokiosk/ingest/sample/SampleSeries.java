package org.ecokiosk.ingest.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.evaluation.air.DistrictDays;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.Station;
import org.ecokiosk.model.WaterSection;
import org.ecokiosk.snapshot.SnapshotContent;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.evaluation.AnnualAirEvaluator;
import org.ecokiosk.standards.air.evaluation.AnnualAirRecord;
import org.ecokiosk.standards.air.evaluation.DailyAirValues;
import org.ecokiosk.standards.water.WaterClass;

/**
 * The sample data the kiosk shows until the district imports its own monitoring data: a daily
 * air series 2015-01-01 … 2026-10-31 for one sample station (with hourly values for its last
 * {@value SampleAirHours#DAYS} days, for the real-time AQI), yearly good-day and PM2.5 values
 * computed from it, monthly water samples, and yearly noise and green figures — every row with
 * origin SAMPLE, so the snapshot's sample flag is set and every screen shows the 示例数据 badge.
 * Same settings, same rows: the generator is deterministic.
 */
public final class SampleSeries {
    /** Indicators that receive the yearly figures of the sample air series where the plan gives none. */
    static final String GOOD_DAYS_TEXT = "txt-good-days";
    static final String PM25_TEXT = "txt-pm25";
    static final String GOOD_DAYS_TARGET = "zl2-08";
    static final String PM25_TARGET = "zl2-09";
    private static final LocalizedText NOTE = LocalizedText.of("示例数据：由示例日序列按 HJ 663-2013 计算，不是监测结果。",
            "Sample data: computed under HJ 663-2013 from the sample daily series; not a measurement.");

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
        Set<String> indicators = content.indicators().stream().map(PlanIndicator::code).collect(Collectors.toSet());
        Set<String> planYears = content.indicatorValues().stream()
                .map(v -> v.indicatorCode() + "|" + v.year()).collect(Collectors.toSet());
        return SnapshotContent.builder()
                .stations(List.of(station))
                .airDays(days)
                .airHours(SampleAirHours.lastDays(days, settings.seed()))
                .indicatorValues(yearlyValues(days, indicators, planYears))
                .waterSamples(SampleWaterSeries.generate(content.waterSections(),
                        waterClasses(content.waterSections(), settings), settings.seed()))
                .noiseReadings(SampleNoiseAndGreen.noise(settings.seed()))
                .greenMetrics(SampleNoiseAndGreen.green(settings.seed()))
                .build();
    }

    /** Good days and PM2.5 of each complete year, through the HJ 663 evaluation, for years the plan gives none. */
    private static List<IndicatorValue> yearlyValues(List<AirDay> days, Set<String> indicators, Set<String> planYears) {
        List<IndicatorValue> values = new ArrayList<>();
        for (int year = SampleAirSeries.FIRST_DAY.getYear(); year < SampleAirSeries.LAST_DAY.getYear(); year++) {
            AnnualAirRecord record = AnnualAirEvaluator.evaluate("sample", year, dailyValues(days, year));
            PlanFigure good = PlanFigure.of(record.goodDays());
            PlanFigure pm25 = PlanFigure.of(Math.round(record.annualMeans().get(Pollutant.PM2_5).value().orElseThrow()));
            add(values, GOOD_DAYS_TEXT, year, good, indicators, planYears);
            add(values, PM25_TEXT, year, pm25, indicators, planYears);
            if (year > 2020) {
                add(values, GOOD_DAYS_TARGET, year, good, indicators, planYears);
                add(values, PM25_TARGET, year, pm25, indicators, planYears);
            }
        }
        return values;
    }

    private static void add(List<IndicatorValue> values, String code, int year, PlanFigure figure,
                            Set<String> indicators, Set<String> planYears) {
        if (indicators.contains(code) && !planYears.contains(code + "|" + year)) {
            values.add(new IndicatorValue(code, year, figure, DataOrigin.SAMPLE, NOTE));
        }
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
