package org.ecokiosk.charts;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The words on a chart, all chosen by the caller (bilingual or not is the caller's decision).
 *
 * @param title chart title; empty string for none (a PDF caption often replaces it)
 * @param categoryAxisLabel label under the category axis; empty for none
 * @param valueAxisLabel label of the value axis including the unit, e.g. "μg/m³"
 * @param missingLabel written at the base of a missing value so it is not mistaken for 0,
 *     e.g. "缺测 / n/a"; empty to leave a plain gap
 * @param sampleData true when the values are sample data: adds {@link #SAMPLE_NOTICE}
 * @param valueDecimals the decimals of the values written on the chart when the figures beside
 *     it have a fixed number (dB to one decimal: "67.0", as the cards say); empty for as few as
 *     needed (30, 9.4)
 */
public record ChartText(String title, String categoryAxisLabel, String valueAxisLabel,
        Optional<String> missingLabel, boolean sampleData, OptionalInt valueDecimals) {

    /** Shown on every chart of sample data, wherever it is displayed. */
    public static final String SAMPLE_NOTICE = "示例数据 / sample data";

    public ChartText {
        if (title == null || categoryAxisLabel == null || valueAxisLabel == null
                || missingLabel == null) {
            throw new IllegalArgumentException("chart text must not be null");
        }
        if (valueDecimals == null || valueDecimals.orElse(0) < 0) {
            throw new IllegalArgumentException("value decimals must be empty or at least 0");
        }
    }

    /** Values written with as few decimals as they need. */
    public ChartText(String title, String categoryAxisLabel, String valueAxisLabel,
            Optional<String> missingLabel, boolean sampleData) {
        this(title, categoryAxisLabel, valueAxisLabel, missingLabel, sampleData, OptionalInt.empty());
    }

    /** The same words, with every value written to {@code decimals} decimals. */
    public ChartText withValueDecimals(int decimals) {
        return new ChartText(title, categoryAxisLabel, valueAxisLabel, missingLabel, sampleData,
                OptionalInt.of(decimals));
    }
}
