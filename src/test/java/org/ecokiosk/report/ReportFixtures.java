package org.ecokiosk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.Direction;
import org.ecokiosk.model.EcoTown;
import org.ecokiosk.model.Facility;
import org.ecokiosk.model.GreenMetric;
import org.ecokiosk.model.IndicatorKind;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.NoiseKind;
import org.ecokiosk.model.NoiseReading;
import org.ecokiosk.model.OpenDay;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.PlanTable;
import org.ecokiosk.model.Station;
import org.ecokiosk.model.WaterBody;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.model.WaterSection;
import org.ecokiosk.snapshot.SnapshotContent;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotWriter;

/**
 * Test snapshots with figures chosen so the reports' numbers can be predicted: built once per
 * JVM in a temp folder, independent of any content folder.
 *
 * <p>Air 2025, two stations with identical days: 20 days in January at PM2.5 100 (not good),
 * the other 345 days cycling 25/30/35 (good) — so 345 good days of 365 and an annual PM2.5 mean
 * of (345 × 30 + 20 × 100) / 365 = 33.8 → "34".
 */
final class ReportFixtures {
    static final int YEAR = 2025;
    static final int GOOD_DAYS = 345;
    static final int VALID_DAYS = 365;
    static final String PM25_ANNUAL = new BigDecimal(345 * 30 + 20 * 100)
            .divide(BigDecimal.valueOf(365), 0, RoundingMode.HALF_UP).toPlainString();

    private static Path sample;
    private static Path official;

    private ReportFixtures() {
    }

    /** Everything marked sample: reports built from it carry the banner. */
    static synchronized Path sampleSnapshot() {
        if (sample == null) {
            sample = build(DataOrigin.SAMPLE);
        }
        return sample;
    }

    /** The same figures marked as imported: no banner. */
    static synchronized Path officialSnapshot() {
        if (official == null) {
            official = build(DataOrigin.IMPORTED);
        }
        return official;
    }

    private static Path build(DataOrigin origin) {
        try {
            Path dir = Files.createTempDirectory("report-fixture");
            Path file = dir.resolve(origin.code() + ".sqlite");
            try (SnapshotWriter writer = SnapshotWriter.createNew(file)) {
                writer.append(content(origin));
                writer.finish("test fixture", Instant.parse("2026-01-10T00:00:00Z"));
            }
            // A copy to run `eco-kiosk bench report --snapshot` and the CLI against by hand.
            Path kept = Path.of("target", "test-output", "fixture-" + origin.code() + ".sqlite");
            Files.createDirectories(kept.getParent());
            Files.copy(file, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SnapshotException e) {
            throw new IllegalStateException(e);
        }
    }

    static SnapshotContent content(DataOrigin origin) {
        return SnapshotContent.builder()
                .indicators(indicators())
                .indicatorValues(values(origin))
                .stations(List.of(new Station("st-a", LocalizedText.of("A站", "A"), "重庆", origin),
                        new Station("st-b", LocalizedText.of("B站", "B"), "重庆", origin)))
                .airDays(airDays(origin))
                .waterSections(List.of(
                        new WaterSection("ws-jialing", LocalizedText.of("嘉陵江沙坪坝区段", "Jialing"),
                                LocalizedText.of("嘉陵江", "Jialing"), WaterBody.RIVER, "II", false, LocalizedText.of("", "")),
                        new WaterSection("ws-liangtan", LocalizedText.of("梁滩河西西桥出境断面", "Liangtan"),
                                LocalizedText.of("梁滩河", "Liangtan"), WaterBody.RIVER, "IV", false, LocalizedText.of("", "")),
                        new WaterSection("ws-src-jingkou", LocalizedText.of("井口饮用水源地", "Jingkou source"),
                                LocalizedText.of("嘉陵江", "Jialing"), WaterBody.RIVER, "", true, LocalizedText.of("", "")),
                        new WaterSection("ws-quiet", LocalizedText.of("无数据溪", "No data creek"),
                                LocalizedText.of("", ""), WaterBody.RIVER, "", false, LocalizedText.of("", ""))))
                .waterSamples(waterSamples(origin))
                .noiseReadings(List.of(
                        new NoiseReading(NoiseKind.REGIONAL, "", "r1", YEAR, false, 54.0, origin),
                        new NoiseReading(NoiseKind.REGIONAL, "", "r2", YEAR, false, 54.4, origin),
                        new NoiseReading(NoiseKind.REGIONAL, "", "r1", YEAR, true, 46.1, origin),
                        new NoiseReading(NoiseKind.TRAFFIC, "", "t1", YEAR, false, 67.5, origin),
                        new NoiseReading(NoiseKind.TRAFFIC, "", "t1", YEAR, true, 59.0, origin),
                        new NoiseReading(NoiseKind.ZONE, "1", "z1", YEAR, false, 53.0, origin),
                        new NoiseReading(NoiseKind.ZONE, "1", "z1", YEAR, true, 47.0, origin),
                        new NoiseReading(NoiseKind.ZONE, "4a", "z4", YEAR, false, 68.0, origin),
                        new NoiseReading(NoiseKind.ZONE, "4a", "z4", YEAR, true, 56.0, origin)))
                .greenMetrics(List.of(
                        new GreenMetric("forest-cover", LocalizedText.of("森林覆盖率", "Forest cover"), YEAR - 1, 32.9, "%", origin),
                        new GreenMetric("forest-cover", LocalizedText.of("森林覆盖率", "Forest cover"), YEAR, 33.1, "%", origin)))
                .ecoTowns(List.of(new EcoTown("town-zhongliang", LocalizedText.of("中梁镇", "Zhongliang"), 0, "candidate",
                        LocalizedText.of("推动创建市级生态文明建设示范镇。", ""), origin)))
                .facilities(List.of(new Facility("fac-jingkou", LocalizedText.of("井口污水处理厂", "Jingkou WWTP"), "sewage",
                        LocalizedText.of("沙坪坝区井口镇", ""), "023-0000-0000", "", "", LocalizedText.of("", ""), origin)))
                .openDays(List.of(
                        new OpenDay("fac-jingkou", LocalDate.of(YEAR, 6, 5), LocalTime.of(9, 30), LocalTime.of(11, 30), 30,
                                LocalizedText.of("", ""), origin),
                        new OpenDay("fac-jingkou", LocalDate.of(YEAR, 10, 18), LocalTime.of(9, 30), LocalTime.of(11, 30), 30,
                                LocalizedText.of("", ""), origin)))
                .build();
    }

    static List<PlanIndicator> indicators() {
        return List.of(
                indicator("zl2-04", 4, "城市建成区绿化覆盖率", "%", Direction.AT_LEAST, false, "36.5", "40"),
                indicator("zl2-05", 5, "单位GDP能耗累计下降", "%", Direction.NONE, true, "16.5", "完成市级下达目标"),
                indicator("zl2-06", 6, "单位GDP二氧化碳排放下降率", "%", Direction.AT_LEAST, true, "-", "16"),
                indicator("zl2-08", 8, "环境空气质量优良天数", "天", Direction.AT_LEAST, false, "314", "300"),
                indicator("zl2-09", 9, "国控点细颗粒物(PM2.5)浓度", "µg/m³", Direction.AT_MOST, false, "30", "34"),
                indicator("zl2-10a", 10, "地表水水质(类别):嘉陵江", "", Direction.NONE, false, "II", "II"),
                indicator("zl2-10b", 10, "地表水水质(类别):梁滩河", "", Direction.NONE, false, "IV", "IV"),
                new PlanIndicator("txt-pm25", PlanTable.TEXT, 0, LocalizedText.of("", ""),
                        LocalizedText.of("PM2.5年均浓度", ""), "µg/m³", IndicatorKind.UNSPECIFIED, Direction.NONE, false, 0,
                        PlanFigure.NONE, 0, PlanFigure.NONE, LocalizedText.of("", "")));
    }

    private static PlanIndicator indicator(String code, int seq, String name, String unit, Direction direction,
                                           boolean cumulative, String baseline, String target) {
        return new PlanIndicator(code, PlanTable.ZL2, seq, LocalizedText.of("测试组", "test group"),
                LocalizedText.of(name, name), unit, IndicatorKind.BINDING, direction, cumulative, 2020,
                PlanFigure.parse(baseline), 2025, PlanFigure.parse(target), LocalizedText.of("", ""));
    }

    private static List<IndicatorValue> values(DataOrigin origin) {
        List<IndicatorValue> v = new ArrayList<>();
        v.add(value("txt-pm25", 2015, "53", DataOrigin.PLAN));
        v.add(value("txt-pm25", 2020, "30", DataOrigin.PLAN));
        v.add(value("zl2-04", 2023, "37", origin));   // path in 2023: 38.6 → at risk
        v.add(value("zl2-04", 2025, "40.2", origin)); // final: met
        v.add(value("zl2-06", 2023, "10", origin));   // cumulative path from 0: 9.6 → on track
        v.add(value("zl2-08", 2025, String.valueOf(GOOD_DAYS), origin));
        v.add(value("zl2-09", 2023, "36", origin));   // path 32.4 → at risk
        v.add(value("zl2-09", 2025, PM25_ANNUAL, origin));
        v.add(value("zl2-10b", 2025, "V", origin));   // final: not met
        return v;
    }

    private static IndicatorValue value(String code, int year, String value, DataOrigin origin) {
        return new IndicatorValue(code, year, PlanFigure.parse(value), origin, LocalizedText.of("", ""));
    }

    private static List<AirDay> airDays(DataOrigin origin) {
        List<AirDay> days = new ArrayList<>();
        LocalDate day = LocalDate.of(YEAR, 1, 1);
        int cycle = 0;
        for (int i = 0; i < 365; i++, day = day.plusDays(1)) {
            double pm25;
            if (i < 20) {
                pm25 = 100;
            } else {
                pm25 = 25 + 5 * (cycle++ % 3);
            }
            for (String station : List.of("st-a", "st-b")) {
                days.add(new AirDay(station, day, pm25, 50, 10, 20, 0.5, 80, OptionalInt.empty(), OptionalInt.empty(),
                        List.of(), "HJ633-2012", origin));
            }
        }
        return days;
    }

    private static List<WaterSample> waterSamples(DataOrigin origin) {
        List<WaterSample> samples = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            LocalDate date = LocalDate.of(YEAR, m, 10);
            samples.add(new WaterSample("ws-jialing", date, Map.of("do", 7.0, "codmn", 3.0, "nh3n", 0.3, "tp", 0.08),
                    Optional.empty(), origin));
            samples.add(new WaterSample("ws-liangtan", date, Map.of("do", 5.5, "codmn", 5.0, "nh3n", 1.8, "tp", 0.25),
                    Optional.empty(), origin));
            samples.add(new WaterSample("ws-src-jingkou", date, Map.of("do", 7.2, "codmn", 2.5, "nh3n", 0.2, "tp", 0.05),
                    Optional.empty(), origin));
        }
        return samples;
    }
}
