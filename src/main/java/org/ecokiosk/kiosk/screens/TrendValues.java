package org.ecokiosk.kiosk.screens;

import java.util.List;
import java.util.Optional;
import org.ecokiosk.charts.ChartValue;
import org.ecokiosk.kiosk.viewmodel.YearValue;
import org.ecokiosk.kiosk.widgets.IndicatorFigure;

/** From the view models' yearly series to what the widgets and the chart factory take. */
final class TrendValues {
    private TrendValues() {
    }

    /** One chart point per year; a year without a figure is a gap, never 0. */
    static List<ChartValue> of(List<YearValue> years) {
        return years.stream().map(v -> v.present() ? ChartValue.of(Integer.toString(v.year()), v.value().getAsDouble())
                : ChartValue.missing(Integer.toString(v.year()))).toList();
    }

    static boolean anySample(List<YearValue> years) {
        return years.stream().anyMatch(YearValue::sample);
    }

    /** The latest year's figure to {@code decimals} places, for an {@link IndicatorFigure}. */
    static Optional<IndicatorFigure.Reading> reading(Optional<YearValue> latest, int decimals) {
        return latest.filter(YearValue::present)
                .map(v -> IndicatorFigure.Reading.of(v.value().getAsDouble(), decimals, v.year(), v.sample()));
    }
}
