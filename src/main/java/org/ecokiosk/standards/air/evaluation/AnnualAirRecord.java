package org.ecokiosk.standards.air.evaluation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ecokiosk.standards.air.LimitComparison;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.StandardText;

/**
 * A station's year under HJ 663 — what the CLI prints as
 * station, year, rules, days, valid_days, annual_mean, co_24h_p95, o3_8h_p90, aqi_days,
 * good_days, good_ratio, attainment.
 *
 * @param rulesId          evaluation method ("HJ663-2013")
 * @param indexRulesId     AQI standard of the year's rules ("HJ633-2026"); days before 2026-03-01
 *                         were indexed by HJ 633-2012 (see {@link AnnualAirEvaluator})
 * @param limitsId         limits table the statistics are judged by ("GB3095-2026/transition")
 * @param methodNote       present when the method is not the limits' own generation's:
 *                         "GB 3095-2026 limits, HJ 663-2013 method"
 * @param provisional      true when any day fell under newer standards we could not apply yet
 *                         (never, since the 2026 tables were entered)
 * @param days             number of day records supplied for the year
 * @param validDays        per pollutant, days with a valid daily value (O3: valid daily max 8 h)
 * @param annualMeans      SO2, NO2, PM10, PM2.5
 * @param aqiDays          days with a valid AQI: all six pollutants had a valid daily value
 * @param goodDays         of those, days with AQI ≤ 100
 * @param goodRatio        goodDays / aqiDays, 0–1; empty when aqiDays is 0
 * @param limitComparisons each statistic that has a value, against its GB 3095 Grade II limit
 * @param attainment       per pollutant, its statistic against the year's limit (pollutants
 *                         without any valid day are absent)
 */
public record AnnualAirRecord(String station, int year, String rulesId, String indexRulesId, String limitsId,
                              Optional<StandardText> methodNote, boolean provisional, int days,
                              Map<Pollutant, Integer> validDays, Map<Pollutant, AnnualStatistic> annualMeans,
                              AnnualStatistic co24hP95, AnnualStatistic o3Max8hP90, int aqiDays, int goodDays,
                              OptionalDouble goodRatio, List<LimitComparison> limitComparisons,
                              Map<Pollutant, Attainment> attainment) {

    public AnnualAirRecord {
        EnumMap<Pollutant, Integer> dayCounts = new EnumMap<>(Pollutant.class);
        dayCounts.putAll(validDays);
        validDays = Collections.unmodifiableMap(dayCounts);
        EnumMap<Pollutant, AnnualStatistic> means = new EnumMap<>(Pollutant.class);
        means.putAll(annualMeans);
        annualMeans = Collections.unmodifiableMap(means);
        limitComparisons = List.copyOf(limitComparisons);
        EnumMap<Pollutant, Attainment> verdicts = new EnumMap<>(Pollutant.class);
        verdicts.putAll(attainment);
        attainment = Collections.unmodifiableMap(verdicts);
    }

    /** The statistic HJ 663 evaluates a pollutant by (annual mean, CO P95, O3 P90). */
    public AnnualStatistic statisticOf(Pollutant pollutant) {
        return switch (pollutant) {
            case CO -> co24hP95;
            case O3 -> o3Max8hP90;
            default -> annualMeans.get(pollutant);
        };
    }
}
