package org.ecokiosk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.ecokiosk.standards.noise.DayPeriod;
import org.ecokiosk.standards.noise.NoiseGrade;
import org.ecokiosk.standards.noise.NoiseSurvey;
import org.ecokiosk.standards.noise.NoiseZone;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** eval noise: GB 3096-2008 zone compliance, and HJ 640-2012 grades when the survey kind is given. */
@Command(name = "noise", description = "GB 3096-2008 compliance of day/night Leq dB(A) in a zone (0, 1, 2, 3, 4a, 4b).")
final class EvalNoiseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--zone", required = true) String zone;
    @Option(names = "--day", description = "day Leq, dB(A)") Double day;
    @Option(names = "--night", description = "night Leq, dB(A)") Double night;
    @Option(names = "--survey", description = "regional or traffic: also grade by HJ 640-2012") String survey;

    @Override
    public Integer call() throws Exception {
        NoiseZone z = NoiseZone.parse(zone)
                .orElseThrow(() -> new InvalidInputException("--zone must be 0, 1, 2, 3, 4a or 4b, not " + zone));
        if (day == null && night == null) {
            throw new InvalidInputException("give --day and/or --night");
        }
        NoiseSurvey kind = null;
        if (survey != null) {
            kind = switch (survey.toLowerCase(java.util.Locale.ROOT)) {
                case "regional" -> NoiseSurvey.REGIONAL;
                case "traffic", "road", "road-traffic" -> NoiseSurvey.ROAD_TRAFFIC;
                default -> throw new InvalidInputException("--survey must be regional or traffic, not " + survey);
            };
        }
        ObjectNode out = Json.object();
        out.put("standard", NoiseZone.STANDARD_ID);
        out.put("zone", z.code());
        out.put("zone_zh", z.descriptionZh());
        out.put("zone_en", z.descriptionEn());
        period(out, "day", z, DayPeriod.DAY, day, kind);
        period(out, "night", z, DayPeriod.NIGHT, night, kind);
        spec.commandLine().getOut().println(Json.pretty(out));
        return ExitCodes.OK;
    }

    private static void period(ObjectNode out, String key, NoiseZone z, DayPeriod period, Double leq, NoiseSurvey kind)
            throws InvalidInputException {
        if (leq == null) {
            return;
        }
        if (leq.isNaN() || leq.isInfinite() || leq < 0) {
            throw new InvalidInputException("--" + key + " must be a level ≥ 0 dB(A), not " + leq);
        }
        ObjectNode n = out.putObject(key);
        n.put("leq", leq);
        n.put("limit", z.limit(period));
        n.put("complies", z.complies(leq, period));
        Json.put(n, "exceedance_db", z.exceedance(leq, period), 1);
        if (kind != null) {
            NoiseGrade g = NoiseGrade.of(kind, period, leq);
            n.put("grade", g.number());
            n.put("grade_zh", g.gradeZh() + " " + g.ratingZh());
            n.put("grade_en", g.gradeEn() + " " + g.ratingEn());
        }
    }
}
