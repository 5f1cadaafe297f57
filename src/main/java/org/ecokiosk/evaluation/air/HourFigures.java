package org.ecokiosk.evaluation.air;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.standards.air.AqiResult;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.SubIndex;

/**
 * One hour of the district (or of one station) as the real-time report (实时报) gives it: the
 * hour's 1 h values and their real-time AQI under the rules of the hour's date.
 *
 * @param hour     the start of the hour; the value is the average of [hour, hour + 1 h)
 * @param values   the hour's 1 h values (district: mean of the stations that have one); absent
 *                 pollutants had no valid value
 * @param stations how many stations contributed
 * @param aqi      empty when no pollutant had a value (a gap in the 24-hour curve)
 */
public record HourFigures(LocalDateTime hour, Map<Pollutant, Double> values, int stations, Optional<AqiResult> aqi,
                          DataOrigin origin) {

    public HourFigures {
        EnumMap<Pollutant, Double> copy = new EnumMap<>(Pollutant.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    /**
     * The time the hour is published under: its end. A release "12月1日 14时" holds the average of
     * 13:00–14:00 (hourly values are labelled by the hour they end at, as HJ 663 labels 8 h averages).
     */
    public LocalDateTime reportedAt() {
        return hour.plusHours(1);
    }

    public boolean sample() {
        return origin.isSample();
    }

    /**
     * The six pollutants in the standard's order, each with its concentration as the AQI used it
     * (GB/T 8170-rounded under HJ 633-2026) and its IAQI; a missing pollutant is an empty reading.
     */
    public List<PollutantReading> readings() {
        List<PollutantReading> out = new ArrayList<>(Pollutant.values().length);
        for (Pollutant p : Pollutant.values()) {
            Optional<SubIndex> sub = aqi.flatMap(a -> a.subIndices().stream().filter(s -> s.pollutant() == p)
                    .findFirst());
            out.add(new PollutantReading(p, sub.map(SubIndex::concentration), sub.map(SubIndex::iaqi)
                    .map(OptionalInt::of).orElse(OptionalInt.empty())));
        }
        return out;
    }

    /** A pollutant's concentration and IAQI in one hour; both empty when it was not measured. */
    public record PollutantReading(Pollutant pollutant, Optional<Double> concentration, OptionalInt iaqi) {
    }
}
