package org.ecokiosk.evaluation.air;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.O3HourPeak;

/**
 * The district's good days of a year so far (1 January to {@code through}) against a yearly
 * target such as the plan's "≥ 300 days": the figures from {@link AirEvaluation#district}, so the
 * count is the one the bulletin and {@code eval air-annual} give for the same days.
 *
 * @param countedDays   days with a complete daily AQI (all six indicators): the only days HJ 663
 *                      lets count, good or not
 * @param withoutVerdict days since 1 January with no complete daily AQI (missing data): they can
 *                      never become good days
 * @param remainingDays days of the year after {@code through}
 * @param target        the yearly target in days, when the plan gives one
 */
public record GoodDaysSoFar(int year, LocalDate through, int goodDays, int countedDays, int withoutVerdict,
                            int remainingDays, OptionalInt target, DataOrigin origin) {

    /**
     * The year of {@code through} from every station's days (any period; only that year's up to
     * {@code through} are used); empty when the district has no day in that year by then.
     */
    public static Optional<GoodDaysSoFar> of(LocalDate through, List<AirDay> stationDays, List<O3HourPeak> peaks,
                                             OptionalInt target) {
        int year = through.getYear();
        List<AirDay> soFar = stationDays.stream().filter(d -> !d.date().isAfter(through)).toList();
        return AirEvaluation.district(year, soFar, peaks).map(y -> {
            int elapsed = through.getDayOfYear();
            int counted = y.record().aqiDays();
            return new GoodDaysSoFar(year, through, y.goodDays(), counted, elapsed - counted,
                    through.lengthOfYear() - elapsed, target, y.origin());
        });
    }

    /** Counted days that were not good (AQI above 100). */
    public int notGoodDays() {
        return countedDays - goodDays;
    }

    /** Good days still needed to reach the target this year (0 once reached); empty without a target. */
    public OptionalInt stillNeeded() {
        return target.isEmpty() ? target : OptionalInt.of(Math.max(0, target.getAsInt() - goodDays));
    }

    /**
     * True when the target can still be reached: the good days needed fit into the days left. A
     * past day without a verdict can never count, so it narrows what is possible.
     */
    public boolean targetReachable() {
        return target.isPresent() && stillNeeded().getAsInt() <= remainingDays;
    }

    /** True once the good days so far already reach the target. */
    public boolean targetReached() {
        return target.isPresent() && goodDays >= target.getAsInt();
    }

    public boolean sample() {
        return origin.isSample();
    }
}
