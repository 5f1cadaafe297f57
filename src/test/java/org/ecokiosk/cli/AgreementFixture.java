package org.ecokiosk.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.Direction;
import org.ecokiosk.model.GreenMetric;
import org.ecokiosk.model.IndicatorKind;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.NoiseKind;
import org.ecokiosk.model.NoiseReading;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.PlanTable;
import org.ecokiosk.model.Station;
import org.ecokiosk.model.WaterBody;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.model.WaterSection;
import org.ecokiosk.snapshot.SnapshotContent;
import org.ecokiosk.snapshot.SnapshotWriter;

/**
 * One snapshot with every kind of figure, built to catch a consumer that computes on its own:
 * two imported stations with different days plus a sample station far worse than both (mixing it
 * in would change every air figure), hours at one station whose 1 h O3 peaks turn ten July days
 * from good to polluted under HJ 633-2012, green, water and noise figures that exist only as
 * monitoring (so the plan table must read them, not say 暂无数据), and plan values of every kind.
 */
final class AgreementFixture {
    static final int YEAR = 2025;
    static final LocalizedText NONE = LocalizedText.of("", "");

    private AgreementFixture() {
    }

    static Path write(Path file) throws Exception {
        try (SnapshotWriter writer = SnapshotWriter.createNew(file)) {
            writer.append(content());
            writer.finish("test: figures agree", Instant.parse("2026-01-05T00:00:00Z"));
        }
        return file;
    }

    static SnapshotContent content() {
        return SnapshotContent.builder()
                .indicators(indicators())
                .indicatorValues(List.of(
                        value("txt-good-days", 2015, "281", DataOrigin.PLAN),
                        value("txt-pm25", 2015, "53", DataOrigin.PLAN),
                        // a sample figure the imported air days must replace
                        value("zl2-08", 2025, "350", DataOrigin.SAMPLE),
                        value("zl2-06", 2023, "10", DataOrigin.IMPORTED),
                        value("zl2-16", 2024, "93", DataOrigin.IMPORTED),
                        value("zl2-18", 2025, "100", DataOrigin.IMPORTED)))
                .stations(List.of(
                        new Station("I1", LocalizedText.of("一号站", "One"), "重庆", DataOrigin.IMPORTED),
                        new Station("I2", LocalizedText.of("二号站", "Two"), "重庆", DataOrigin.IMPORTED),
                        new Station("S9", LocalizedText.of("示例站", "Sample"), "重庆", DataOrigin.SAMPLE)))
                .airDays(airDays())
                .airHours(hours())
                .greenMetrics(List.of(
                        green("builtup-green-coverage", "建成区绿化覆盖率", 2024, 39.1, DataOrigin.IMPORTED),
                        green("builtup-green-coverage", "建成区绿化覆盖率", 2025, 40.2, DataOrigin.IMPORTED),
                        green("forest-cover", "森林覆盖率", 2025, 30.9, DataOrigin.SAMPLE)))
                .waterSections(List.of(
                        section("ws-jialing", "嘉陵江沙坪坝区段", "嘉陵江", "II", false),
                        section("ws-liangtan-xixiqiao", "梁滩河西西桥出境断面", "梁滩河", "IV", false),
                        section("ws-src-a", "甲饮用水源地", "嘉陵江", "", true),
                        section("ws-src-b", "乙饮用水源地", "嘉陵江", "", true)))
                .waterSamples(water())
                .noiseReadings(List.of(
                        new NoiseReading(NoiseKind.REGIONAL, "", "r1", YEAR, false, 53.4, DataOrigin.IMPORTED),
                        new NoiseReading(NoiseKind.REGIONAL, "", "r2", YEAR, false, 52.1, DataOrigin.IMPORTED),
                        new NoiseReading(NoiseKind.REGIONAL, "", "r1", YEAR, true, 44.0, DataOrigin.IMPORTED),
                        new NoiseReading(NoiseKind.TRAFFIC, "", "t1", YEAR, false, 66.8, DataOrigin.IMPORTED),
                        new NoiseReading(NoiseKind.ZONE, "2", "z2", YEAR, false, 57.0, DataOrigin.IMPORTED),
                        new NoiseReading(NoiseKind.ZONE, "2", "z2", YEAR, true, 51.0, DataOrigin.IMPORTED)))
                .build();
    }

    static List<PlanIndicator> indicators() {
        return List.of(
                zl2("zl2-02", 2, "森林覆盖率", "%", Direction.AT_LEAST, false, "32.6", "30"),
                zl2("zl2-03", 3, "自然保护地面积占比", "%", Direction.AT_LEAST, false, "-", "9"),
                zl2("zl2-04", 4, "城市建成区绿化覆盖率", "%", Direction.AT_LEAST, false, "36.5", "40"),
                zl2("zl2-05", 5, "单位GDP能耗累计下降", "%", Direction.NONE, true, "16.5", "完成市级下达目标"),
                zl2("zl2-06", 6, "单位GDP二氧化碳排放下降率", "%", Direction.AT_LEAST, true, "-", "16"),
                zl2("zl2-08", 8, "环境空气质量优良天数", "天", Direction.AT_LEAST, false, "314", "300"),
                zl2("zl2-09", 9, "国控点细颗粒物(PM2.5)浓度", "µg/m³", Direction.AT_MOST, false, "30", "34"),
                zl2("zl2-10a", 10, "地表水水质(类别):嘉陵江", "", Direction.NONE, false, "II", "II"),
                zl2("zl2-10b", 10, "地表水水质(类别):梁滩河", "", Direction.NONE, false, "IV", "IV"),
                zl2("zl2-11", 11, "城市集中式饮用水源地水质达标率", "%", Direction.EQUAL, false, "100", "100"),
                zl2("zl2-16", 16, "受污染耕地安全利用率", "%", Direction.AT_LEAST, false, "95", "95"),
                zl2("zl2-18", 18, "医疗废物集中无害化处置率", "%", Direction.EQUAL, false, "100", "100"),
                text("txt-good-days", "空气质量优良天数", "天"),
                text("txt-pm25", "PM2.5年均浓度", "µg/m³"),
                new PlanIndicator("noise-regional", PlanTable.NOISE, 0, NONE, LocalizedText.of("区域环境噪声平均值", ""),
                        "dB(A)", IndicatorKind.UNSPECIFIED, Direction.AT_MOST, false, 0, PlanFigure.NONE, 2025,
                        PlanFigure.parse("53"), NONE));
    }

    /** Imported I1 and I2 with different days; sample S9 at PM2.5 150 every day. */
    private static List<AirDay> airDays() {
        List<AirDay> days = new ArrayList<>();
        LocalDate d = LocalDate.of(YEAR, 1, 1);
        for (int i = 0; i < 365; i++, d = d.plusDays(1)) {
            double o3 = 60 + (i * 13 % 110);
            days.add(day("I1", d, 20 + (i * 7 % 60), 10, o3, DataOrigin.IMPORTED));
            days.add(day("I2", d, 25 + (i * 11 % 70), 12, o3 - 20, DataOrigin.IMPORTED));
            days.add(day("S9", d, 150, 30, 200, DataOrigin.SAMPLE));
        }
        return days;
    }

    private static AirDay day(String station, LocalDate date, double pm25, double so2, double o3, DataOrigin origin) {
        return new AirDay(station, date, pm25, pm25 * 1.5, so2, 30, 0.7, o3, OptionalInt.empty(), OptionalInt.empty(),
                List.of(), "HJ633-2012", origin);
    }

    /** I1's hours 1–10 July: O3 peaks at 260 µg/m³ at 14:00 (1 h IAQI 130), 50 otherwise. */
    private static List<AirHour> hours() {
        List<AirHour> hours = new ArrayList<>();
        for (int day = 1; day <= 10; day++) {
            for (int h = 0; h < 24; h++) {
                hours.add(new AirHour("I1", LocalDate.of(YEAR, 7, day).atTime(h, 0), 30, 45, 10, 30, 0.7,
                        h == 14 ? 260 : 50));
            }
        }
        return hours;
    }

    private static List<WaterSample> water() {
        List<WaterSample> samples = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            LocalDate date = LocalDate.of(YEAR, m, 8);
            samples.add(sample("ws-jialing", date, 0.3));      // NH3-N 0.3: Class II
            samples.add(sample("ws-liangtan-xixiqiao", date, 1.8)); // Class V: misses IV
            samples.add(sample("ws-src-a", date, 0.2));
            samples.add(sample("ws-src-b", date, m <= 6 ? 1.2 : 0.4)); // year mean 0.8: Class III, complies
        }
        return samples;
    }

    private static WaterSample sample(String section, LocalDate date, double nh3n) {
        return new WaterSample(section, date, Map.of("do", 7.0, "codmn", 2.5, "nh3n", nh3n, "tp", 0.05),
                Optional.empty(), DataOrigin.IMPORTED);
    }

    private static WaterSection section(String code, String name, String river, String target, boolean drinking) {
        return new WaterSection(code, LocalizedText.of(name, name), LocalizedText.of(river, river), WaterBody.RIVER,
                target, drinking, NONE);
    }

    private static GreenMetric green(String code, String name, int year, double value, DataOrigin origin) {
        return new GreenMetric(code, LocalizedText.of(name, name), year, value, "%", origin);
    }

    private static IndicatorValue value(String code, int year, String value, DataOrigin origin) {
        return new IndicatorValue(code, year, PlanFigure.parse(value), origin, NONE);
    }

    private static PlanIndicator zl2(String code, int seq, String name, String unit, Direction direction,
                                     boolean cumulative, String baseline, String target) {
        return new PlanIndicator(code, PlanTable.ZL2, seq, LocalizedText.of("测试组", "test group"),
                LocalizedText.of(name, name), unit, IndicatorKind.BINDING, direction, cumulative, 2020,
                PlanFigure.parse(baseline), 2025, PlanFigure.parse(target), NONE);
    }

    private static PlanIndicator text(String code, String name, String unit) {
        return new PlanIndicator(code, PlanTable.TEXT, 0, NONE, LocalizedText.of(name, name), unit,
                IndicatorKind.UNSPECIFIED, Direction.NONE, false, 0, PlanFigure.NONE, 0, PlanFigure.NONE, NONE);
    }
}
