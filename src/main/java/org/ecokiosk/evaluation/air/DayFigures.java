package org.ecokiosk.evaluation.air;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.standards.air.AqiResult;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.evaluation.DailyAirValues;

/**
 * One day of the district (or of one station): its daily values, its highest 1 h O3 where hours
 * exist, and the daily AQI under the rules of its date.
 *
 * @param stations the stations whose values were averaged
 * @param origin   where those values come from (one origin: see {@link DistrictDays})
 */
public record DayFigures(LocalDate date, Map<Pollutant, Double> values, OptionalDouble o3Max1h, int stations,
                         Optional<AqiResult> aqi, DataOrigin origin) {
    private static final int POLLUTANTS = Pollutant.values().length;

    public DayFigures {
        EnumMap<Pollutant, Double> copy = new EnumMap<>(Pollutant.class);
        copy.putAll(values);
        values = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * True when the day counts towards the good-day ratio: an AQI from all six pollutants' valid
     * daily values (a day missing one cannot be called good with certainty) — the rule of the
     * annual evaluation.
     */
    public boolean counted() {
        // the values are keyed by pollutant: all six present is a map of six
        return aqi.isPresent() && values.size() == POLLUTANTS;
    }

    /** A counted day with AQI ≤ {@code goodDayMaxAqi} (100: 优 or 良). */
    public boolean good(int goodDayMaxAqi) {
        return counted() && aqi.get().aqi() <= goodDayMaxAqi;
    }

    public boolean sample() {
        return origin.isSample();
    }

    /** The day as the HJ 663 annual evaluation takes it. */
    public DailyAirValues dailyValues() {
        return new DailyAirValues(date, values, o3Max1h);
    }
}
