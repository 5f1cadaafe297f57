package org.ecokiosk.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ecokiosk.ingest.content.ContentLoader;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.GreenMetric;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.GeoPoint;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.NoiseKind;
import org.ecokiosk.model.NoiseReading;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.model.Station;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.snapshot.SnapshotContent;
import org.ecokiosk.snapshot.SnapshotWriter;
import org.ecokiosk.standards.air.AqiCalculator;
import org.ecokiosk.standards.air.AqiResult;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.testing.Fixtures;

/**
 * Test snapshots for the environment screens: the test content (Fixtures) plus hand-made SAMPLE
 * monitoring rows whose outcome the tests know (a river that misses its class on NH3-N, a zone
 * over its night limit, a year missing from the air series, a day missing from the calendar).
 * {@code main(file [latest-day])} writes one for looking at the kiosk.
 */
public final class EnvironmentSnapshots {
    public static final Instant BUILT_AT = Instant.parse("2026-03-06T00:00:00Z");
    /** Under the 2026 standards (HJ 633-2026, no longer provisional). */
    public static final LocalDate LATEST_2026 = LocalDate.of(2026, 3, 5);
    /** A day missing at both stations. */
    public static final LocalDate MISSING_DAY = LocalDate.of(2026, 2, 20);
    public static final int MISSING_YEAR = 2018;
    /** Where the two test stations are drawn on the air map. */
    public static final GeoPoint S1_POSITION = new GeoPoint(106.44, 29.55);
    public static final GeoPoint S2_POSITION = new GeoPoint(106.30, 29.60);

    private EnvironmentSnapshots() {
    }

    public static void main(String[] args) throws Exception {
        LocalDate latest = args.length > 1 ? LocalDate.parse(args[1]) : LATEST_2026;
        Path file = Path.of(args[0]);
        Files.deleteIfExists(file);
        write(file, latest);
    }

    /** The test content and the sample monitoring rows, with the air series ending on {@code latest}. */
    public static Path write(Path file, LocalDate latest) throws Exception {
        try (SnapshotWriter writer = SnapshotWriter.createNew(file)) {
            writer.append(ContentLoader.load(Fixtures.content()));
            writer.append(monitoring(latest));
            writer.finish("test: content + environment sample rows", BUILT_AT);
        }
        return file;
    }

    /** The test content only: no monitoring data at all. */
    public static Path writeContentOnly(Path file) throws Exception {
        try (SnapshotWriter writer = SnapshotWriter.createNew(file)) {
            writer.append(ContentLoader.load(Fixtures.content()));
            writer.finish("test: content only", BUILT_AT);
        }
        return file;
    }

    public static SnapshotContent monitoring(LocalDate latest) {
        return SnapshotContent.builder()
                .stations(List.of(
                        new Station("SPB-S1", LocalizedText.of("沙坪坝（示例站点）", "Shapingba (sample station)"), "Chongqing",
                                DataOrigin.SAMPLE).at(S1_POSITION),
                        new Station("SPB-S2", LocalizedText.of("虎溪（示例站点）", "Huxi (sample station)"), "Chongqing",
                                DataOrigin.SAMPLE).at(S2_POSITION)))
                .airDays(airDays(latest))
                .indicatorValues(yearly())
                .waterSamples(water())
                .noiseReadings(noise())
                .greenMetrics(green())
                .build();
    }

    private static List<AirDay> airDays(LocalDate latest) {
        List<AirDay> days = new ArrayList<>();
        LocalDate first = latest.minusDays(44);
        int i = 0;
        for (LocalDate d = first; !d.isAfter(latest); d = d.plusDays(1), i++) {
            if (d.equals(MISSING_DAY)) {
                continue;
            }
            for (int s = 0; s < 2; s++) {
                double pm25 = 18 + ((i * 37 + s * 11) % 95);
                if (i % 17 == 5) {
                    pm25 = 185; // a heavily polluted day
                }
                if (i % 23 == 9) {
                    pm25 = 262; // a severely polluted day
                }
                double pm10 = pm25 * 1.45;
                double so2 = 8 + (i % 5);
                double no2 = 28 + (i * 7 % 30);
                double co = 0.7 + (i % 4) * 0.1;
                double o3 = 60 + (i * 13 % 90);
                Map<Pollutant, Double> values = new EnumMap<>(Pollutant.class);
                values.put(Pollutant.PM2_5, pm25);
                values.put(Pollutant.PM10, pm10);
                values.put(Pollutant.SO2, so2);
                values.put(Pollutant.NO2, no2);
                values.put(Pollutant.CO, co);
                values.put(Pollutant.O3, o3);
                AqiResult r = AqiCalculator.forDate(d).daily(values, OptionalDouble.empty()).orElseThrow();
                days.add(new AirDay(s == 0 ? "SPB-S1" : "SPB-S2", d, pm25, pm10, so2, no2, co, o3, OptionalInt.of(r.aqi()),
                        OptionalInt.empty(), r.primaryPollutants().stream().map(Pollutant::code).toList(),
                        r.rulesId(), DataOrigin.SAMPLE));
            }
        }
        return days;
    }

    /** Good days and PM2.5 for the years the plan gives none, except {@link #MISSING_YEAR}. */
    private static List<IndicatorValue> yearly() {
        int[] years = {2016, 2017, 2019, 2021, 2022, 2023, 2024, 2025};
        int[] good = {290, 296, 305, 318, 296, 302, 310, 312};
        int[] pm25 = {45, 41, 37, 33, 36, 33, 32, 31};
        LocalizedText note = LocalizedText.of("测试示例数据", "test sample data");
        List<IndicatorValue> values = new ArrayList<>();
        for (int k = 0; k < years.length; k++) {
            values.add(new IndicatorValue("txt-good-days", years[k], PlanFigure.of(good[k]), DataOrigin.SAMPLE, note));
            values.add(new IndicatorValue("txt-pm25", years[k], PlanFigure.of(pm25[k]), DataOrigin.SAMPLE, note));
        }
        return values;
    }

    private static List<WaterSample> water() {
        LocalDate oct = LocalDate.of(2026, 2, 10);
        LocalDate sep = LocalDate.of(2026, 1, 10);
        return List.of(
                // an older Class II sample, then the latest: NH3-N 0.62 is Class III, missing the II target
                new WaterSample("ws-jialing", sep, Map.of("do", 7.8, "codmn", 3.0, "nh3n", 0.4, "tp", 0.08),
                        Optional.empty(), DataOrigin.SAMPLE),
                new WaterSample("ws-jialing", oct, Map.of("do", 7.0, "codmn", 3.2, "nh3n", 0.62, "tp", 0.08),
                        Optional.empty(), DataOrigin.SAMPLE),
                new WaterSample("ws-liangtan-xixiqiao", oct, Map.of("do", 5.5, "codmn", 7.0, "nh3n", 1.2, "tp", 0.25),
                        Optional.empty(), DataOrigin.SAMPLE),
                new WaterSample("ws-qingshuixi", oct, Map.of("do", 4.0, "codmn", 8.0, "nh3n", 1.8, "tp", 0.25),
                        Optional.empty(), DataOrigin.SAMPLE),
                new WaterSample("ws-shangtianchi", oct, Map.of("do", 6.5, "codmn", 5.0, "nh3n", 0.4, "tp", 0.04),
                        Optional.empty(), DataOrigin.SAMPLE),
                new WaterSample("ws-src-gaojiahuayuan", oct, Map.of("do", 7.2, "codmn", 2.5, "nh3n", 0.3, "tp", 0.06),
                        Optional.empty(), DataOrigin.SAMPLE),
                new WaterSample("ws-src-jingkou", oct, Map.of("do", 7.1, "codmn", 2.8, "nh3n", 0.35, "tp", 0.07),
                        Optional.empty(), DataOrigin.SAMPLE));
    }

    private static List<NoiseReading> noise() {
        List<NoiseReading> r = new ArrayList<>();
        for (int year = 2021; year <= 2025; year++) {
            int k = year - 2021;
            r.add(new NoiseReading(NoiseKind.REGIONAL, "", "", year, false, 54.1 - 0.4 * k, DataOrigin.SAMPLE));
            r.add(new NoiseReading(NoiseKind.REGIONAL, "", "", year, true, 45.6 - 0.2 * k, DataOrigin.SAMPLE));
            r.add(new NoiseReading(NoiseKind.TRAFFIC, "", "", year, false, 67.0 - 0.3 * k, DataOrigin.SAMPLE));
            r.add(new NoiseReading(NoiseKind.TRAFFIC, "", "", year, true, 58.7 - 0.2 * k, DataOrigin.SAMPLE));
        }
        Object[][] zones = {{"1", 52.4, 44.0}, {"2", 56.5, 47.4}, {"3", 60.8, 51.7}, {"4a", 66.4, 56.1}};
        for (Object[] z : zones) {
            r.add(new NoiseReading(NoiseKind.ZONE, (String) z[0], "", 2025, false, (double) z[1], DataOrigin.SAMPLE));
            r.add(new NoiseReading(NoiseKind.ZONE, (String) z[0], "", 2025, true, (double) z[2], DataOrigin.SAMPLE));
        }
        return r;
    }

    private static List<GreenMetric> green() {
        List<GreenMetric> m = new ArrayList<>();
        LocalizedText forest = LocalizedText.of("森林覆盖率", "Forest coverage rate");
        LocalizedText builtUp = LocalizedText.of("建成区绿化覆盖率", "Green coverage of the built-up area");
        LocalizedText park = LocalizedText.of("人均公园绿地面积", "Public park green space per person");
        for (int year = 2021; year <= 2025; year++) {
            int k = year - 2021;
            m.add(new GreenMetric("forest-cover", forest, year, 30.4 + 0.3 * k, "%", DataOrigin.SAMPLE));
            m.add(new GreenMetric("builtup-green-coverage", builtUp, year, 37.2 + 0.75 * k, "%", DataOrigin.SAMPLE));
            m.add(new GreenMetric("park-green-per-person", park, year, 9.5 + 0.2 * k, "平方米/人", DataOrigin.SAMPLE));
        }
        return m;
    }
}
