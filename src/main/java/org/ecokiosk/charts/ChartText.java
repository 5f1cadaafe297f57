package org.ecokiosk.charts;

import java.util.Optional;

/**
 * The words on a chart, all chosen by the caller (bilingual or not is the caller's decision).
 *
 * @param title chart title; empty string for none (a PDF caption often replaces it)
 * @param categoryAxisLabel label under the category axis; empty for none
 * @param valueAxisLabel label of the value axis including the unit, e.g. "μg/m³"
 * @param missingLabel written at the base of a missing value so it is not mistaken for 0,
 *     e.g. "缺测 / n/a"; empty to leave a plain gap
 * @param sampleData true when the values are sample data: adds {@link #SAMPLE_NOTICE}
 */
public record ChartText(String title, String categoryAxisLabel, String valueAxisLabel,
        Optional<String> missingLabel, boolean sampleData) {

    /** Shown on every chart of sample data, wherever it is displayed. */
    public static final String SAMPLE_NOTICE = "示例数据 / sample data";

    public ChartText {
        if (title == null || categoryAxisLabel == null || valueAxisLabel == null
                || missingLabel == null) {
            throw new IllegalArgumentException("chart text must not be null");
        }
    }
}
