package org.ecokiosk.kiosk.viewmodel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ecokiosk.evaluation.AgeLimits;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.Station;
import org.ecokiosk.standards.air.AqiCalculator;
import org.ecokiosk.standards.air.AqiResult;
import org.ecokiosk.standards.air.Pollutant;

/** Air data whose outcome the home tests know, computed by the air view model as the kiosk computes it. */
public final class HomeAirTestData {
    public static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    /** The latest hour's data, published as 12月1日 14时. */
    public static final LocalDateTime LAST_HOUR = LocalDateTime.of(2026, 12, 1, 13, 0);

    private HomeAirTestData() {
    }

    /** One station, its day {@link #DAY} at PM2.5 {@code pm25}, with 24 hours up to {@link #LAST_HOUR} when {@code hourly}. */
    public static AirViewModel.Data data(boolean hourly, double pm25, DataOrigin origin, LocalDateTime at) {
        Map<Pollutant, Double> values = new EnumMap<>(Pollutant.class);
        values.put(Pollutant.PM2_5, pm25);
        values.put(Pollutant.PM10, 50.0);
        values.put(Pollutant.SO2, 8.0);
        values.put(Pollutant.NO2, 30.0);
        values.put(Pollutant.CO, 0.6);
        values.put(Pollutant.O3, 70.0);
        AqiResult r = AqiCalculator.forDate(DAY).daily(values, OptionalDouble.empty()).orElseThrow();
        AirDay day = new AirDay("S", DAY, pm25, 50, 8, 30, 0.6, 70, OptionalInt.of(r.aqi()), OptionalInt.empty(),
                r.primaryPollutants().stream().map(Pollutant::code).toList(), r.rulesId(), origin);
        List<AirHour> hours = new ArrayList<>();
        if (hourly) {
            for (int back = 0; back < 24; back++) {
                hours.add(new AirHour("S", LAST_HOUR.minusHours(back), back == 0 ? 80 : 30, 50, 8, 30, 0.6, 70));
            }
        }
        AirViewModel.Raw raw = new AirViewModel.Raw(Optional.of(DAY), List.of(day), List.of(),
                List.of(new Station("S", LocalizedText.of("测试站", "Test station"), "Chongqing", origin)), List.of(),
                List.of(), hours, List.of());
        return AirViewModel.compute(raw, at, AgeLimits.DEFAULT);
    }
}
