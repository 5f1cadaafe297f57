package org.ecokiosk.ingest.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.model.WaterSection;
import org.ecokiosk.standards.water.LimitDirection;
import org.ecokiosk.standards.water.WaterBodyType;
import org.ecokiosk.standards.water.WaterClass;
import org.ecokiosk.standards.water.WaterParameter;

/**
 * Monthly sample water samples (the 10th of each month, January 2025 – October 2026) for every
 * section, each in the class the settings give it. One parameter a month — NH3-N, TP or CODMn in
 * turn — sits inside the class's band and so decides the class; the others sit one class better,
 * as in real sections where one or two parameters set the class. Limits come from GB 3838-2002 in
 * the standards engine, so the classifier gives back exactly the intended class.
 */
final class SampleWaterSeries {
    static final LocalDate FIRST_MONTH = LocalDate.of(2025, 1, 10);
    static final LocalDate LAST_MONTH = LocalDate.of(2026, 10, 10);

    private static final List<WaterParameter> PARAMETERS = List.of(WaterParameter.DO, WaterParameter.CODMN,
            WaterParameter.NH3_N, WaterParameter.TP);
    private static final List<WaterParameter> DECIDING = List.of(WaterParameter.NH3_N, WaterParameter.TP,
            WaterParameter.CODMN);

    private SampleWaterSeries() {
    }

    static List<WaterSample> generate(List<WaterSection> sections, Map<String, WaterClass> classes, long seed) {
        List<WaterSample> samples = new ArrayList<>();
        for (WaterSection section : sections) {
            WaterClass target = classes.get(section.code());
            WaterBodyType body = section.body().isStillWater() ? WaterBodyType.LAKE_OR_RESERVOIR : WaterBodyType.RIVER;
            Random random = new Random(seed ^ section.code().hashCode());
            int month = 0;
            for (LocalDate date = FIRST_MONTH; !date.isAfter(LAST_MONTH); date = date.plusMonths(1), month++) {
                WaterParameter deciding = DECIDING.get(month % DECIDING.size());
                Map<String, Double> values = new LinkedHashMap<>();
                for (WaterParameter p : PARAMETERS) {
                    WaterClass band = p == deciding ? target : better(target);
                    values.put(key(p), inBand(p, band, body, random.nextDouble()));
                }
                samples.add(new WaterSample(section.code(), date, values, Optional.empty(), DataOrigin.SAMPLE));
            }
        }
        return samples;
    }

    /** The snapshot's parameter keys (lower-case GB 3838 codes without punctuation, as WaterSample documents). */
    static String key(WaterParameter p) {
        return p.code().toLowerCase(java.util.Locale.ROOT).replace("-", "");
    }

    private static WaterClass better(WaterClass c) {
        return c.ordinal() == 0 ? c : WaterClass.values()[c.ordinal() - 1];
    }

    /** A value strictly inside the band of {@code band}: between 30 % and 80 % of the way from the better limit. */
    private static double inBand(WaterParameter p, WaterClass band, WaterBodyType body, double u) {
        List<Double> limits = p.limits(body);
        int c = band.ordinal();
        double share = 0.3 + 0.5 * u;
        double value;
        if (p.direction() == LimitDirection.AT_LEAST) {
            double worstAllowed = limits.get(c);
            double better = c == 0 ? worstAllowed + 2 : limits.get(c - 1);
            value = better - (better - worstAllowed) * share;
        } else {
            double worstAllowed = limits.get(c);
            double better = c == 0 ? worstAllowed * 0.4 : limits.get(c - 1);
            value = better + (worstAllowed - better) * share;
        }
        return Math.round(value * 1000) / 1000.0;
    }
}
