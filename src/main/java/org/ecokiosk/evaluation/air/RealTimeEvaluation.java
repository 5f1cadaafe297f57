package org.ecokiosk.evaluation.air;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.ecokiosk.evaluation.FigurePrecedence;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.standards.air.AqiCalculator;
import org.ecokiosk.standards.air.Pollutant;

/**
 * The district's real-time air (实时报) from the stations' hourly values — the one home of the
 * hourly district figure the kiosk leads with.
 *
 * <p>District hour: for each pollutant the mean of the 1 h values of the stations that have a
 * valid one that hour (the same rule as the district's days). The real-time AQI then uses six
 * 1 h values under the rules of the hour's date ({@link AqiCalculator#realTime}): SO2, NO2, CO
 * and O3 on their 1 h bands, PM10 and PM2.5 on the 24 h bands as HJ 633-2026 prescribes.
 *
 * <p>Sample policy, as for the district's days ({@link FigurePrecedence#strongestOnly}): when any
 * imported station has hours among those given, sample stations are left out; otherwise the
 * sample stations are used — sample and measured values are never averaged together.
 */
public final class RealTimeEvaluation {

    private RealTimeEvaluation() {
    }

    /**
     * @param hours          the stations' hours (any order, any period)
     * @param stationOrigins each station's origin; a station not listed counts as imported
     * @return the district's hours in time order, one per hour that has at least one value
     */
    public static List<HourFigures> districtHours(List<AirHour> hours, Map<String, DataOrigin> stationOrigins) {
        List<AirHour> used = FigurePrecedence.strongestOnly(hours, h -> origin(h, stationOrigins));
        if (used.isEmpty()) {
            return List.of();
        }
        DataOrigin origin = origin(used.get(0), stationOrigins);
        Map<LocalDateTime, List<AirHour>> byHour = new TreeMap<>();
        for (AirHour h : used) {
            byHour.computeIfAbsent(h.hour(), k -> new ArrayList<>()).add(h);
        }
        List<HourFigures> out = new ArrayList<>(byHour.size());
        byHour.forEach((hour, stations) -> hour(hour, stations, origin).ifPresent(out::add));
        return out;
    }

    /**
     * The latest district hour and the 24 hours ending with it; empty when no station has any
     * hourly value.
     */
    public static Optional<RealTimeAir> latest(List<AirHour> hours, Map<String, DataOrigin> stationOrigins) {
        List<HourFigures> district = districtHours(hours, stationOrigins);
        if (district.isEmpty()) {
            return Optional.empty();
        }
        HourFigures latest = district.get(district.size() - 1);
        Map<LocalDateTime, HourFigures> byHour = new HashMap<>();
        district.forEach(h -> byHour.put(h.hour(), h));
        List<HourFigures> last24 = new ArrayList<>(24);
        for (int back = 23; back >= 0; back--) {
            LocalDateTime at = latest.hour().minusHours(back);
            last24.add(byHour.getOrDefault(at, new HourFigures(at, Map.of(), 0, Optional.empty(), latest.origin())));
        }
        return Optional.of(new RealTimeAir(latest, last24));
    }

    /**
     * Each station's own latest hour among {@code hours}, indexed as a real-time report of that one
     * station (the district rule applied to one station) — what a station's dot on the map shows.
     * Under the same sample policy as the district: when any imported station has hours, sample
     * stations are left out. A station whose latest hours have no value at all is absent.
     *
     * @return station code → its latest hour, in code order
     */
    public static Map<String, HourFigures> stationLatest(List<AirHour> hours, Map<String, DataOrigin> stationOrigins) {
        List<AirHour> used = FigurePrecedence.strongestOnly(hours, h -> origin(h, stationOrigins));
        Map<String, List<AirHour>> byStation = new TreeMap<>();
        for (AirHour h : used) {
            byStation.computeIfAbsent(h.station(), k -> new ArrayList<>()).add(h);
        }
        Map<String, HourFigures> out = new java.util.LinkedHashMap<>();
        byStation.forEach((code, own) -> own.stream()
                .sorted(java.util.Comparator.comparing(AirHour::hour).reversed())
                .map(h -> hour(h.hour(), List.of(h), origin(h, stationOrigins)))
                .flatMap(Optional::stream).findFirst()
                .ifPresent(latest -> out.put(code, latest)));
        return out;
    }

    private static Optional<HourFigures> hour(LocalDateTime hour, List<AirHour> stations, DataOrigin origin) {
        Map<Pollutant, Double> means = new EnumMap<>(Pollutant.class);
        for (Pollutant p : Pollutant.values()) {
            OptionalDouble mean = stations.stream().mapToDouble(h -> valueOf(h, p)).filter(AirHour::isPresent)
                    .average();
            mean.ifPresent(v -> means.put(p, v));
        }
        if (means.isEmpty()) {
            return Optional.empty();
        }
        int contributing = (int) stations.stream()
                .filter(h -> java.util.Arrays.stream(Pollutant.values()).anyMatch(p -> AirHour.isPresent(valueOf(h, p))))
                .count();
        return Optional.of(new HourFigures(hour, means, contributing,
                AqiCalculator.forDate(hour.toLocalDate()).realTime(means), origin));
    }

    private static DataOrigin origin(AirHour h, Map<String, DataOrigin> stationOrigins) {
        return stationOrigins.getOrDefault(h.station(), DataOrigin.IMPORTED);
    }

    /** The hour's value of a pollutant (NaN when missing). */
    static double valueOf(AirHour h, Pollutant p) {
        return switch (p) {
            case SO2 -> h.so2();
            case NO2 -> h.no2();
            case PM10 -> h.pm10();
            case CO -> h.co();
            case O3 -> h.o3();
            case PM2_5 -> h.pm25();
        };
    }
}
