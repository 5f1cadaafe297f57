package org.ecokiosk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.ecokiosk.evaluation.air.AirEvaluation;
import org.ecokiosk.evaluation.air.AirYear;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.O3HourPeak;
import org.ecokiosk.model.Station;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.evaluation.AnnualAirRecord;
import org.ecokiosk.standards.air.evaluation.AnnualStatistic;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * eval air-annual: the HJ 663 annual evaluation of a snapshot's stations and of the district, as
 * {@link AirEvaluation} computes it for the kiosk and the bulletin too; this command only prints.
 * Without options: a JSON array, one object per station with data (code order), then the district
 * ({@code "station": "district"}). {@code --district}: the district's object alone.
 * {@code --station}: that station's object (still in an array).
 */
@Command(name = "air-annual", description = "HJ 663 annual air evaluation from a snapshot; JSON on stdout.")
final class EvalAirAnnualCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--snapshot", required = true) Path snapshot;
    @Option(names = "--year", required = true) int year;
    @Option(names = "--station", description = "station code or name (zh or en)") String station;
    @Option(names = "--district", description = "only the district's figures, as one JSON object — "
            + "those the kiosk and the bulletin show") boolean district;

    @Override
    public Integer call() throws Exception {
        if (district && station != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--district and --station exclude each other");
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Object out;
        try (SnapshotReader reader = SnapshotReader.open(snapshot)) {
            List<AirDay> days = reader.airDays(Optional.empty(), from, to);
            List<O3HourPeak> peaks = reader.o3HourPeaks(from, to);
            if (station != null) {
                Station s = reader.stations().stream().filter(x -> x.code().equals(station) || x.name().zh().equals(station)
                        || x.name().en().equalsIgnoreCase(station)).findFirst()
                        .orElseThrow(() -> new InvalidInputException("no station '" + station + "' in " + snapshot));
                ArrayNode one = Json.MAPPER.createArrayNode();
                one.add(AirEvaluation.station(s.code(), year, days, peaks).map(EvalAirAnnualCommand::toJson)
                        .orElseGet(() -> noDays(s.code())));
                out = one;
            } else {
                AirYear all = AirEvaluation.district(year, days, peaks)
                        .orElseThrow(() -> new InvalidInputException("no air data for " + year + " in " + snapshot));
                if (district) {
                    out = toJson(all);
                } else {
                    ArrayNode array = Json.MAPPER.createArrayNode();
                    for (Station s : reader.stations()) {
                        AirEvaluation.station(s.code(), year, days, peaks).ifPresent(a -> array.add(toJson(a)));
                    }
                    array.add(toJson(all));
                    out = array;
                }
            }
        }
        spec.commandLine().getOut().println(Json.pretty(out));
        return ExitCodes.OK;
    }

    /** A station without a day in the year: the standards engine's record of no days. */
    private ObjectNode noDays(String code) {
        return toJson(org.ecokiosk.standards.air.evaluation.AnnualAirEvaluator.evaluate(code, year, List.of()),
                Optional.empty());
    }

    static ObjectNode toJson(AirYear a) {
        ObjectNode n = toJson(a.record(), Optional.of(a));
        return n;
    }

    /**
     * The key shape; concentrations µg/m³ to 0.1, CO mg/m³ to 0.01, ratio to 0.0001; then
     * where the days come from, how many stations, and the latest day's AQI.
     */
    static ObjectNode toJson(AnnualAirRecord r, Optional<AirYear> year) {
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
        if (year.isPresent()) {
            n.put("origin", year.get().origin().code());
            n.put("stations", year.get().stations());
        } else {
            n.putNull("origin");
            n.put("stations", 0);
        }
        var latest = year.flatMap(AirYear::latest);
        if (latest.isPresent()) {
            n.put("latest_day", latest.get().date().toString());
            n.put("latest_aqi", latest.get().aqi().orElseThrow().aqi());
        } else {
            n.putNull("latest_day");
            n.putNull("latest_aqi");
        }
        AttainmentJson.put(n, r);
        return n;
    }
}
