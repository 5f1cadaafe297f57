package org.ecokiosk.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sample inputs for each chart kind, shared by chart and report tests. Values are made up. */
public final class ChartSamples {

    public static final Color AQI_GOOD = new Color(0, 228, 0);
    public static final Color AQI_MODERATE = new Color(255, 255, 0);
    public static final Color AQI_LIGHT = new Color(255, 126, 0);

    private ChartSamples() {
    }

    /** PM2.5 2015–2025 with 2022 missing; 2015 and 2020 as in the plan (53, 30). */
    public static List<ChartValue> pm25Years() {
        double[] values = {53, 49, 44, 40, 36, 30, 32, Double.NaN, 31, 30, 29};
        List<ChartValue> years = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            String year = String.valueOf(2015 + i);
            years.add(Double.isNaN(values[i]) ? ChartValue.missing(year) : ChartValue.of(year, values[i]));
        }
        return years;
    }

    public static ChartText pm25Text() {
        return new ChartText("细颗粒物（PM2.5）年均浓度 / Annual PM2.5", "年份 / year", "μg/m³",
                Optional.of("缺测 / n/a"), true);
    }

    public static List<ChartValue> monthlyPm25() {
        double[] values = {58, 47, Double.NaN, 30, 24, 19, 17, 18, 22, 31, 40, 52};
        List<ChartValue> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            String label = (m + 1) + "月";
            months.add(Double.isNaN(values[m]) ? ChartValue.missing(label) : ChartValue.of(label, values[m]));
        }
        return months;
    }

    public static List<ColouredValue> dailyAqi() {
        List<ColouredValue> days = new ArrayList<>();
        for (int d = 1; d <= 31; d++) {
            String label = String.valueOf(d);
            if (d == 9) {
                days.add(new ColouredValue(ChartValue.missing(label), Color.GRAY));
                continue;
            }
            int aqi = 35 + (d * 37) % 90;
            Color colour = aqi <= 50 ? AQI_GOOD : aqi <= 100 ? AQI_MODERATE : AQI_LIGHT;
            days.add(new ColouredValue(ChartValue.of(label, aqi), colour));
        }
        return days;
    }

    public static List<LegendEntry> aqiLegend() {
        return List.of(new LegendEntry("优 / Good", AQI_GOOD), new LegendEntry("良 / Moderate", AQI_MODERATE),
                new LegendEntry("轻度污染 / Light", AQI_LIGHT));
    }

    public static List<ColouredValue> waterSections() {
        Color classII = new Color(0x2E, 0x86, 0xDE);
        Color classIII = new Color(0x27, 0xAE, 0x60);
        Color classIV = new Color(0xF3, 0x9C, 0x12);
        return List.of(
                new ColouredValue(ChartValue.of("嘉陵江 井口", 2), classII),
                new ColouredValue(ChartValue.of("梁滩河 出境断面", 4), classIV),
                new ColouredValue(ChartValue.missing("虎溪河 入境"), Color.GRAY),
                new ColouredValue(ChartValue.of("清水溪 汇入口", 3), classIII));
    }
}
