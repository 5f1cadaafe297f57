package org.ecokiosk.evaluation.plan;

import java.util.List;
import java.util.Optional;

/**
 * Where each figure with a yearly series is read from — written once, so a screen, a chapter and
 * the plan table cannot read different rows for the same indicator. Besides the indicator values
 * of {@link #valueCodes()} (the plan's own figures, imported or published ones, sample ones) a
 * series takes the figure derived from monitoring: green metrics, a water section's class of the
 * year, the drinking-water sources' compliance, noise survey levels, or the district's air year;
 * and the figure the district published for the year ({@link #publishedItems()}).
 * An indicator not listed here is read from its own indicator values only.
 */
public enum FigureSeries {
    FOREST_COVER("zl2-02", List.of("zl2-02", "txt-forest-cover", "zl1-03"), Derived.GREEN, "forest-cover", List.of()),
    NATURE_RESERVE("zl2-03", List.of("zl2-03"), Derived.GREEN, "nature-reserve-share", List.of()),
    BUILT_UP_GREEN("zl2-04", List.of("zl2-04", "zl1-05"), Derived.GREEN, "builtup-green-coverage", List.of()),
    /** No 2025 target in the plan; shown on the green screen. */
    PARK_GREEN("", List.of("txt-park-green", "zl1-06"), Derived.GREEN, "park-green-per-person", List.of()),
    GOOD_DAYS("zl2-08", List.of("zl2-08", "txt-good-days"), Derived.AIR_GOOD_DAYS, "", List.of("air|优良天数")),
    PM25("zl2-09", List.of("zl2-09", "txt-pm25"), Derived.AIR_PM25, "",
            List.of("air|细颗粒物年均浓度", "air|PM2.5年均浓度")),
    JIALING_CLASS("zl2-10a", List.of("zl2-10a", "zl1-18"), Derived.WATER_SECTION, "ws-jialing",
            List.of("water|嘉陵江梁沱（左岸）国控断面水质类别", "water|嘉陵江水质类别")),
    LIANGTAN_CLASS("zl2-10b", List.of("zl2-10b"), Derived.WATER_SECTION, "ws-liangtan-xixiqiao",
            List.of("water|梁滩河沙坪坝段出境断面水质类别（年均值）", "water|梁滩河出境断面水质类别")),
    DRINKING_WATER("zl2-11", List.of("zl2-11", "zl1-21"), Derived.DRINKING_WATER, "",
            List.of("water|城市集中式饮用水水源地水质达标率")),
    NOISE_REGIONAL("noise-regional", List.of("noise-regional"), Derived.NOISE_REGIONAL, "",
            List.of("noise|昼间区域环境噪声")),
    NOISE_TRAFFIC("noise-traffic", List.of("noise-traffic"), Derived.NOISE_TRAFFIC, "",
            List.of("noise|昼间道路交通噪声"));

    /** What monitoring a series is derived from. */
    enum Derived { GREEN, AIR_GOOD_DAYS, AIR_PM25, WATER_SECTION, DRINKING_WATER, NOISE_REGIONAL, NOISE_TRAFFIC }

    private final String indicator;
    private final List<String> valueCodes;
    private final Derived derived;
    private final String key;
    private final List<String> publishedItems;

    /**
     * The series whose figures after the plan's baseline year are for another area than before:
     * forest cover, whose base changed when the high-tech zone was split off the district (the
     * plan's table 2, note 5: "由于成立高新区，沙坪坝区行政区划发生改变，森林覆盖率现状值发生改变").
     */
    public boolean boundaryChangedAfterBaseline() {
        return this == FOREST_COVER;
    }

    FigureSeries(String indicator, List<String> valueCodes, Derived derived, String key, List<String> publishedItems) {
        this.indicator = indicator;
        this.valueCodes = valueCodes;
        this.derived = derived;
        this.key = key;
        this.publishedItems = publishedItems;
    }

    /**
     * The published figures ("topic|item", as the district's bulletins name them; see
     * docs/IMPORT-LAYOUTS.md) that are this series' figure of their year, in order of preference.
     */
    public List<String> publishedItems() {
        return publishedItems;
    }

    /** The plan indicator judged on this series; "" when the plan sets it no target. */
    public String indicator() {
        return indicator;
    }

    /** Indicator-value codes read, in order of preference for figures of equal origin. */
    public List<String> valueCodes() {
        return valueCodes;
    }

    Derived derived() {
        return derived;
    }

    /** The green metric code or water section code the series is derived from ("" for others). */
    public String key() {
        return key;
    }

    public static Optional<FigureSeries> ofIndicator(String code) {
        for (FigureSeries s : values()) {
            if (!s.indicator.isEmpty() && s.indicator.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
