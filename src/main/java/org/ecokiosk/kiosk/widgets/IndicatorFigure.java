package org.ecokiosk.kiosk.widgets;

import java.util.Optional;
import java.util.OptionalInt;
import org.ecokiosk.kiosk.i18n.FigureFormat;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.evaluation.TargetStatus;

/**
 * One indicator as a resident sees it: its name, the latest figure with its year and whether it
 * is sample data, the target and whether it is met. Plain data: it knows nothing of SQL or of
 * how the judgement was made (view models and the evaluation layer decide the status); the
 * {@link IndicatorTile} and {@link IndicatorTexts} only say it.
 *
 * @param name   what the indicator is called (bundle texts via {@code Messages.localized}, or the plan's names)
 * @param unit   the unit as the plan writes it (%, µg/m³, 天 …); shown through the bundles' {@code unit.*} keys
 * @param latest the latest figure, empty when there is none yet
 * @param target the target, empty when the plan sets none
 * @param status met / not met / set by the city / no data
 */
public record IndicatorFigure(LocalizedText name, String unit, Optional<Reading> latest, Optional<Target> target,
                              TargetStatus status) {

    /** A figure as written (a number already rounded for display, or the plan's words) and its year. */
    public record Reading(String value, OptionalInt year, boolean sample) {
        /** A measured value to {@code decimals} places, in {@code year}. */
        public static Reading of(double value, int decimals, int year, boolean sample) {
            return new Reading(FigureFormat.fixed(value, decimals), OptionalInt.of(year), sample);
        }
    }

    /** The target as the plan writes it: a direction symbol (≥, ≤, = or none) and a value. */
    public record Target(String symbol, String value) {
        public static Target of(String symbol, double value) {
            return new Target(symbol, FigureFormat.plain(value));
        }
    }

    public boolean isSample() {
        return latest.map(Reading::sample).orElse(false);
    }
}
