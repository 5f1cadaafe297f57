package org.ecokiosk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.evaluation.AnnualAirRecord;
import org.ecokiosk.standards.air.evaluation.Attainment;
import org.ecokiosk.standards.air.evaluation.StatisticKind;

/**
 * The annual attainment of {@code eval air-annual}: per pollutant its HJ 663 statistic, value,
 * the Grade II limit of the year's rules and the verdict —
 * {@code "PM2.5": {"statistic": "annual_mean", "value": 32, "limit": 30, "attained": false, …}}.
 * {@code attained} is JSON null while the statistic is short of HJ 663's completeness rule
 * ({@code "complete": false}); {@code within_limit} then still says how the figure so far compares.
 */
final class AttainmentJson {
    private static final List<Pollutant> ORDER = List.of(Pollutant.PM2_5, Pollutant.PM10, Pollutant.SO2,
            Pollutant.NO2, Pollutant.CO, Pollutant.O3);

    private AttainmentJson() {
    }

    /** Adds "rules", "limits", "method" and "attainment" to a record's JSON. */
    static void put(ObjectNode n, AnnualAirRecord r) {
        n.put("rules", r.indexRulesId());
        n.put("evaluation", r.rulesId());
        n.put("limits", r.limitsId());
        if (r.methodNote().isPresent()) {
            n.putObject("method").put("zh", r.methodNote().get().zh()).put("en", r.methodNote().get().en());
        } else {
            n.putNull("method");
        }
        ObjectNode all = n.putObject("attainment");
        for (Pollutant p : ORDER) {
            Attainment a = r.attainment().get(p);
            if (a == null) {
                continue;
            }
            ObjectNode o = all.putObject(p.code());
            o.put("statistic", code(a.statistic()));
            o.put("value", Json.round(a.value(), p == Pollutant.CO ? 2 : 1));
            o.put("limit", Json.round(a.limit(), 2));
            if (a.attained().isPresent()) {
                o.put("attained", a.attained().get());
            } else {
                o.putNull("attained");
            }
            o.put("complete", a.complete());
            o.put("within_limit", a.withinLimit());
        }
    }

    static String code(StatisticKind kind) {
        return switch (kind) {
            case ANNUAL_MEAN -> "annual_mean";
            case CO_24H_P95 -> "24h_p95";
            case O3_MAX8H_P90 -> "max8h_p90";
        };
    }
}
