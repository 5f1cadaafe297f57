package org.ecokiosk.ingest.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.GreenMetric;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.NoiseKind;
import org.ecokiosk.model.NoiseReading;

/**
 * Sample yearly noise and green figures for 2021–2025. Levels sit where the plan's chapter 5
 * points (regional ≤ 53 dB, trunk-road traffic ≤ 66 dB by 2025) and the functional zones mostly
 * meet GB 3096-2008; green figures move from the 2020 values of chapter 1 (built-up green 36.5 %,
 * park green 9.4 m² per person) towards the 专栏2 targets (≥ 40 %, forest cover ≥ 30 % after the
 * high-tech zone was split off). A small seeded jitter keeps the lines from looking ruled.
 */
final class SampleNoiseAndGreen {
    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2025;

    /** zone, day level 2021, night level 2021 — each improving by about 0.2 dB a year. */
    private static final Object[][] ZONES = {
            {"1", 52.8, 44.2}, {"2", 56.9, 47.8}, {"3", 61.2, 52.1}, {"4a", 66.8, 55.9}};

    private SampleNoiseAndGreen() {
    }

    static List<NoiseReading> noise(long seed) {
        Random random = new Random(seed + 640);
        List<NoiseReading> readings = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            int step = year - FIRST_YEAR;
            readings.add(reading(NoiseKind.REGIONAL, "", year, false, 53.6 - 0.28 * step, random));
            readings.add(reading(NoiseKind.REGIONAL, "", year, true, 45.4 - 0.2 * step, random));
            readings.add(reading(NoiseKind.TRAFFIC, "", year, false, 66.9 - 0.3 * step, random));
            readings.add(reading(NoiseKind.TRAFFIC, "", year, true, 58.7 - 0.2 * step, random));
            for (Object[] zone : ZONES) {
                readings.add(reading(NoiseKind.ZONE, (String) zone[0], year, false, (double) zone[1] - 0.2 * step, random));
                readings.add(reading(NoiseKind.ZONE, (String) zone[0], year, true, (double) zone[2] - 0.2 * step, random));
            }
        }
        return readings;
    }

    private static NoiseReading reading(NoiseKind kind, String zone, int year, boolean night, double level,
                                        Random random) {
        double jittered = Math.round((level + 0.3 * (random.nextDouble() - 0.5)) * 10) / 10.0;
        return new NoiseReading(kind, zone, "", year, night, jittered, DataOrigin.SAMPLE);
    }

    static List<GreenMetric> green(long seed) {
        Random random = new Random(seed + 3838);
        List<GreenMetric> metrics = new ArrayList<>();
        LocalizedText forest = LocalizedText.of("森林覆盖率", "Forest coverage rate");
        LocalizedText builtUp = LocalizedText.of("建成区绿化覆盖率", "Green coverage of the built-up area");
        LocalizedText park = LocalizedText.of("人均公园绿地面积", "Public park green space per person");
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            int step = year - FIRST_YEAR;
            metrics.add(metric("forest-cover", forest, year, 30.4 + 0.3 * step, "%", random));
            metrics.add(metric("builtup-green-coverage", builtUp, year, 37.2 + 0.75 * step, "%", random));
            metrics.add(metric("park-green-per-person", park, year, 9.5 + 0.2 * step, "平方米/人", random));
        }
        return metrics;
    }

    private static GreenMetric metric(String code, LocalizedText name, int year, double value, String unit,
                                      Random random) {
        double jittered = Math.round((value + 0.1 * (random.nextDouble() - 0.5)) * 10) / 10.0;
        return new GreenMetric(code, name, year, jittered, unit, DataOrigin.SAMPLE);
    }
}
