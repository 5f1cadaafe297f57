package org.ecokiosk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.ecokiosk.standards.air.AqiCalculator;
import org.ecokiosk.standards.air.AqiLevel;
import org.ecokiosk.standards.air.AqiNote;
import org.ecokiosk.standards.air.AqiResult;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.RuleSelection;
import org.ecokiosk.standards.air.SubIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** eval aqi: the daily AQI (HJ 633) of given 24 h values, with level, colour, pollutants and rules. */
@Command(name = "aqi", description = {"Daily AQI (HJ 633) from 24 h means (µg/m³, CO mg/m³) and the daily max 8 h O3.",
        "Pollutants left out are reported as missing; the AQI then covers the others."})
final class EvalAqiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--pm25") Double pm25;
    @Option(names = "--pm10") Double pm10;
    @Option(names = "--so2") Double so2;
    @Option(names = "--no2") Double no2;
    @Option(names = "--co", description = "mg/m³") Double co;
    @Option(names = "--o3-8h", description = "daily maximum 8 h O3") Double o38h;
    @Option(names = "--o3-1h", description = "daily maximum 1 h O3 (optional)") Double o31h;
    @Option(names = "--date", description = "date of the values (default today): picks the rule set")
    LocalDate date;

    @Override
    public Integer call() throws Exception {
        Map<Pollutant, Double> values = new EnumMap<>(Pollutant.class);
        putChecked(values, Pollutant.PM2_5, pm25, "--pm25");
        putChecked(values, Pollutant.PM10, pm10, "--pm10");
        putChecked(values, Pollutant.SO2, so2, "--so2");
        putChecked(values, Pollutant.NO2, no2, "--no2");
        putChecked(values, Pollutant.CO, co, "--co");
        putChecked(values, Pollutant.O3, o38h, "--o3-8h");
        check(o31h, "--o3-1h");
        if (values.isEmpty() && o31h == null) {
            throw new InvalidInputException("give at least one concentration, e.g. --pm25 45");
        }
        LocalDate day = date == null ? LocalDate.now() : date;
        AqiCalculator calculator = AqiCalculator.forDate(day);
        AqiResult r = calculator.daily(values, o31h == null ? OptionalDouble.empty() : OptionalDouble.of(o31h))
                .orElseThrow();
        spec.commandLine().getOut().println(Json.pretty(toJson(day, calculator.selection(), r)));
        return ExitCodes.OK;
    }

    static ObjectNode toJson(LocalDate day, RuleSelection selection, AqiResult r) {
        ObjectNode out = Json.object();
        out.put("date", day.toString());
        out.put("rules", r.rulesId());
        out.put("provisional", r.provisional());
        if (r.provisional()) {
            ObjectNode note = out.putObject("provisional_note");
            note.put("zh", selection.noteZh().orElse(""));
            note.put("en", selection.noteEn().orElse(""));
        }
        out.put("aqi", r.aqi());
        AqiLevel level = r.level();
        ObjectNode l = out.putObject("level");
        l.put("number", level.number());
        l.put("zh", level.levelZh());
        l.put("en", level.levelEn());
        l.put("category_zh", level.categoryZh());
        l.put("category_en", level.categoryEn());
        ObjectNode colour = out.putObject("colour");
        colour.put("hex", level.colour().hex());
        colour.putArray("rgb").add(level.colour().red()).add(level.colour().green()).add(level.colour().blue());
        colour.put("zh", level.colourNameZh());
        colour.put("en", level.colourNameEn());
        colour.put("text", level.textColour().name().toLowerCase(java.util.Locale.ROOT));
        codes(out.putArray("primary_pollutants"), r.primaryPollutants());
        codes(out.putArray("exceeding_pollutants"), r.exceedingPollutants());
        codes(out.putArray("missing_pollutants"), r.missingPollutants());
        ObjectNode iaqi = out.putObject("iaqi");
        for (Pollutant p : Pollutant.values()) {
            r.iaqiOf(p).ifPresent(v -> iaqi.put(p.code(), v));
        }
        ArrayNode sub = out.putArray("sub_indices");
        for (SubIndex s : r.subIndices()) {
            ObjectNode n = sub.addObject();
            n.put("indicator", s.indicator().name());
            // the concentration the IAQI was computed from (GB/T 8170-rounded under HJ 633-2026), and as given
            n.put("concentration", Json.round(s.concentration(), 3));
            n.put("measured", Json.round(s.measured(), 3));
            n.put("iaqi", s.iaqi());
            n.put("basis", s.basis().name());
            s.substitute().ifPresent(x -> n.put("substitute", x.name()));
        }
        ObjectNode health = out.putObject("health_effect");
        health.put("zh", level.healthEffectZh());
        health.put("en", level.healthEffectEn());
        ObjectNode advice = out.putObject("advice");
        advice.put("zh", level.adviceZh());
        advice.put("en", level.adviceEn());
        ArrayNode groups = out.putArray("sensitive_groups");
        for (org.ecokiosk.standards.air.HealthAdvice.PollutantGroups g : r.healthAdvice().sensitiveGroups()) {
            groups.addObject().put("pollutant", g.pollutant().code()).put("iaqi", g.iaqi())
                    .put("zh", g.sentence().zh()).put("en", g.sentence().en());
        }
        out.put("completeness", r.completeness().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode notes = out.putArray("notes");
        for (AqiNote note : r.notes()) {
            notes.addObject().put("zh", note.textZh()).put("en", note.textEn());
        }
        return out;
    }

    private static void codes(ArrayNode array, List<Pollutant> pollutants) {
        pollutants.forEach(p -> array.add(p.code()));
    }

    private static void putChecked(Map<Pollutant, Double> values, Pollutant p, Double v, String option)
            throws InvalidInputException {
        check(v, option);
        Optional.ofNullable(v).ifPresent(x -> values.put(p, x));
    }

    private static void check(Double v, String option) throws InvalidInputException {
        if (v != null && (v.isNaN() || v.isInfinite() || v < 0)) {
            throw new InvalidInputException(option + " must be a concentration ≥ 0, not " + v);
        }
    }
}
