package org.ecokiosk.standards.air.evaluation;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.ecokiosk.standards.air.LimitComparison;
import org.ecokiosk.standards.air.Pollutant;

/**
 * A station's year under HJ 663 — what the CLI prints as
 * station, year, rules, days, valid_days, annual_mean, co_24h_p95, o3_8h_p90, aqi_days,
 * good_days, good_ratio.
 *
 * @param rulesId          evaluation standard ("HJ663-2013")
 * @param indexRulesId     AQI standard used for good days ("HJ633-2012")
 * @param limitsId         limits standard ("GB3095-2012")
 * @param provisional      true when any day fell under newer standards we could not apply yet
 * @param days             number of day records supplied for the year
 * @param validDays        per pollutant, days with a valid daily value (O3: valid daily max 8 h)
 * @param annualMeans      SO2, NO2, PM10, PM2.5
 * @param aqiDays          days with a valid AQI: all six pollutants had a valid daily value
 * @param goodDays         of those, days with AQI ≤ 100
 * @param goodRatio        goodDays / aqiDays, 0–1; empty when aqiDays is 0
 * @param limitComparisons each statistic that has a value, against its GB 3095 Grade II limit
 */
public record AnnualAirRecord(String station, int year, String rulesId, String indexRulesId, String limitsId,
                              boolean provisional, int days, Map<Pollutant, Integer> validDays,
                              Map<Pollutant, AnnualStatistic> annualMeans, AnnualStatistic co24hP95,
                              AnnualStatistic o3Max8hP90, int aqiDays, int goodDays, OptionalDouble goodRatio,
                              List<LimitComparison> limitComparisons) {

    public AnnualAirRecord {
        java.util.EnumMap<Pollutant, Integer> dayCounts = new java.util.EnumMap<>(Pollutant.class);
        dayCounts.putAll(validDays);
        validDays = java.util.Collections.unmodifiableMap(dayCounts);
        java.util.EnumMap<Pollutant, AnnualStatistic> means = new java.util.EnumMap<>(Pollutant.class);
        means.putAll(annualMeans);
        annualMeans = java.util.Collections.unmodifiableMap(means);
        limitComparisons = List.copyOf(limitComparisons);
    }
}
