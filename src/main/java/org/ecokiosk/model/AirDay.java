package org.ecokiosk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * A station's day under HJ 663: 24 h means (NaN when fewer than 20 valid hours), the daily
 * maximum 8 h O3, the AQI we computed and, where the source published one, the official AQI.
 * {@code rules} names the rule set that produced the computed values.
 */
public record AirDay(String station, LocalDate date,
                     double pm25, double pm10, double so2, double no2, double co, double o3max8h,
                     OptionalInt aqi, OptionalInt publishedAqi, List<String> primaryPollutants,
                     String rules, DataOrigin origin) {
    public AirDay {
        primaryPollutants = List.copyOf(primaryPollutants);
    }

    /** The AQI to show residents: the official figure when published, else ours. */
    public OptionalInt shownAqi() {
        return publishedAqi.isPresent() ? publishedAqi : aqi;
    }
}
