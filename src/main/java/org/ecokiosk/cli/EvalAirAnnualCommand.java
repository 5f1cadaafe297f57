package org.ecokiosk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.ecokiosk.ingest.air.AirDayValues;
import org.ecokiosk.ingest.air.DistrictDailyValues;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.Station;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.evaluation.AnnualAirEvaluator;
import org.ecokiosk.standards.air.evaluation.AnnualAirRecord;
import org.ecokiosk.standards.air.evaluation.AnnualStatistic;
import org.ecokiosk.standards.air.evaluation.DailyAirValues;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * eval air-annual: HJ 663 annual evaluation of a snapshot's stations, and of all of them together.
 * Prints a JSON array: one object per station (code order), then one with "station": "all" —
 * the district, from the daily means across stations (see {@link DistrictDailyValues}). "All"
 * covers the imported stations when there are any, else the sample ones: sample and measured
 * figures are never averaged together. With --station only that station's object is printed
 * (still in an array). Daily values come from air_day; each day's highest hourly O3, which the
 * daily AQI also uses, from air_hour where the station has hours.
 */
@Command(name = "air-annual", description = "HJ 663 annual air evaluation from a snapshot; JSON array on stdout.")
final class EvalAirAnnualCommand implements Callable<Integer> {
    static final String ALL = "all";

    @Spec
    CommandSpec spec;
    @Option(names = "--snapshot", required = true) Path snapshot;
    @Option(names = "--year", required = true) int year;
    @Option(names = "--station", description = "station code or name (zh or en)") String station;

    @Override
    public Integer call() throws Exception {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        ArrayNode out = Json.MAPPER.createArrayNode();
        try (SnapshotReader reader = SnapshotReader.open(snapshot)) {
            List<Station> stations = reader.stations();
            if (station != null) {
                Station s = stations.stream().filter(x -> x.code().equals(station) || x.name().zh().equals(station)
                        || x.name().en().equalsIgnoreCase(station)).findFirst()
                        .orElseThrow(() -> new InvalidInputException("no station '" + station + "' in " + snapshot));
                stations = List.of(s);
            }
            Map<String, List<AirDay>> byStation = new LinkedHashMap<>();
            Map<String, Map<LocalDate, Double>> o3Max1h = new HashMap<>();
            Map<String, DataOrigin> origins = new HashMap<>();
            for (Station s : stations) {
                List<AirDay> days = reader.airDays(Optional.of(s.code()), from, to);
                if (days.isEmpty() && station == null) {
                    continue;
                }
                byStation.put(s.code(), days);
                origins.put(s.code(), s.origin());
                o3Max1h.put(s.code(), dailyMaxHourlyO3(reader.airHours(s.code(), from, to)));
            }
            if (byStation.isEmpty()) {
                throw new InvalidInputException("no air data for " + year + " in " + snapshot);
            }
            for (Map.Entry<String, List<AirDay>> e : byStation.entrySet()) {
                Map<LocalDate, Double> max1h = o3Max1h.get(e.getKey());
                List<DailyAirValues> values = e.getValue().stream().map(d -> AirDayValues.of(d,
                        max1h.containsKey(d.date()) ? OptionalDouble.of(max1h.get(d.date())) : OptionalDouble.empty()))
                        .toList();
                out.add(toJson(AnnualAirEvaluator.evaluate(e.getKey(), year, values)));
            }
            if (station == null) {
                boolean anyImported = origins.values().stream().anyMatch(o -> !o.isSample());
                List<AirDay> all = new ArrayList<>();
                byStation.forEach((code, days) -> {
                    if (origins.get(code).isSample() != anyImported) {
                        all.addAll(days);
                    }
                });
                out.add(toJson(AnnualAirEvaluator.evaluate(ALL, year, DistrictDailyValues.of(all, o3Max1h))));
            }
        }
        spec.commandLine().getOut().println(Json.pretty(out));
        return ExitCodes.OK;
    }

    private static Map<LocalDate, Double> dailyMaxHourlyO3(List<AirHour> hours) {
        Map<LocalDate, Double> max = new HashMap<>();
        for (AirHour h : hours) {
            if (AirHour.isPresent(h.o3())) {
                max.merge(h.hour().toLocalDate(), h.o3(), Math::max);
            }
        }
        return max;
    }

    /** The key shape; concentrations µg/m³ to 0.1, CO mg/m³ to 0.01, ratio to 0.0001. */
    static ObjectNode toJson(AnnualAirRecord r) {
        ObjectNode n = Json.object();
        n.put("station", r.station());
        n.put("year", r.year());
        n.put("rules", r.rulesId());
        n.put("days", r.days());
        ObjectNode valid = n.putObject("valid_days");
        for (Pollutant p : List.of(Pollutant.PM2_5, Pollutant.PM10, Pollutant.SO2, Pollutant.NO2, Pollutant.CO,
                Pollutant.O3)) {
            valid.put(p.code(), r.validDays().getOrDefault(p, 0));
        }
        ObjectNode means = n.putObject("annual_mean");
        for (Pollutant p : List.of(Pollutant.PM2_5, Pollutant.PM10, Pollutant.SO2, Pollutant.NO2)) {
            AnnualStatistic s = r.annualMeans().get(p);
            Json.put(means, p.code(), s == null ? OptionalDouble.empty() : s.value(), 1);
        }
        Json.put(n, "co_24h_p95", r.co24hP95().value(), 2);
        Json.put(n, "o3_8h_p90", r.o3Max8hP90().value(), 1);
        n.put("aqi_days", r.aqiDays());
        n.put("good_days", r.goodDays());
        Json.put(n, "good_ratio", r.goodRatio(), 4);
        return n;
    }
}
