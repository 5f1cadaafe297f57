package org.ecokiosk.evaluation.air;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.standards.air.AirQualityLimits;
import org.ecokiosk.standards.air.AqiLevel;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.evaluation.AnnualAirRecord;

/**
 * The air year of the district (or of one station): the HJ 663 annual record and the figures the
 * kiosk, the bulletin and {@code eval} show from the same days.
 *
 * @param stations    how many stations' days were used
 * @param days        the days, oldest first
 * @param primaryDays pollutant → counted days with AQI &gt; 50 on which it was a primary pollutant
 * @param daysAbove50 counted days with AQI &gt; 50 (HJ 633 names a primary pollutant only then)
 * @param levelDays   counted days per AQI level (优, 良, 轻度 … 严重污染)
 * @param origin      where the days come from (one origin per year: imported, else sample)
 */
public record AirYear(String station, int year, int stations, AnnualAirRecord record, List<DayFigures> days,
                      Map<Month, MonthFigures> monthly, Map<Pollutant, Integer> primaryDays, int daysAbove50,
                      Map<AqiLevel, Integer> levelDays, DataOrigin origin) {

    public AirYear {
        days = List.copyOf(days);
        // callers pass EnumMaps: kept in enum order, read-only
        monthly = java.util.Collections.unmodifiableMap(monthly);
        primaryDays = java.util.Collections.unmodifiableMap(primaryDays);
        levelDays = java.util.Collections.unmodifiableMap(levelDays);
    }

    public boolean sample() {
        return origin.isSample();
    }

    /** The newest day of the year that has an AQI. */
    public Optional<DayFigures> latest() {
        return AirEvaluation.latest(days);
    }

    /**
     * 重污染天数: counted days of AQI level 5 or 6 (重度污染 or 严重污染, AQI above 200) — the plan's
     * objective of reducing heavily polluted days.
     */
    public int heavyPollutionDays() {
        return levelDays.getOrDefault(AqiLevel.LEVEL_5, 0) + levelDays.getOrDefault(AqiLevel.LEVEL_6, 0);
    }

    /**
     * The AQI rule sets this year's days were indexed by, oldest first, each with its days: read from
     * the days' own results (each day is indexed under the rules of its date), so nothing says a rule
     * applied that did not. One run in a year the standard did not change in; none when no day has an
     * AQI (then {@code record().indexRulesId()} names the year's rules). What the bulletin names.
     */
    public List<IndexRulesRun> indexRulesRuns() {
        List<IndexRulesRun> runs = new java.util.ArrayList<>();
        for (DayFigures d : days) {
            if (d.aqi().isEmpty()) {
                continue;
            }
            String id = d.aqi().get().rulesId();
            IndexRulesRun last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.rulesId().equals(id)) {
                runs.set(runs.size() - 1, new IndexRulesRun(id, last.first(), d.date()));
            } else {
                runs.add(new IndexRulesRun(id, d.date(), d.date()));
            }
        }
        return List.copyOf(runs);
    }

    /** Counted days of one AQI level (优 … 严重污染); 0 when none. */
    public int daysAt(AqiLevel level) {
        return levelDays.getOrDefault(level, 0);
    }

    /** 环境空气质量综合指数 of the year ({@link CompositeIndex}); empty when a statistic has no value. */
    public Optional<CompositeIndex> compositeIndex() {
        return CompositeIndex.of(record);
    }

    /**
     * The Grade II limits this year's annual figures were judged by (those in force on 31
     * December): what a report prints beside a figure that has no comparison of its own, or draws
     * as a chart's reference line.
     */
    public AirQualityLimits limits() {
        return CompositeIndex.limitsOf(record);
    }

    /**
     * Counted days on which {@code p} was a primary pollutant (AQI above 50, the highest IAQI; a day
     * with two primary pollutants counts for both).
     */
    public int primaryDaysOf(Pollutant p) {
        return primaryDays.getOrDefault(p, 0);
    }

    public int goodDays() {
        return record.goodDays();
    }

    public OptionalDouble pm25Mean() {
        return record.annualMeans().get(Pollutant.PM2_5).value();
    }

    /**
     * The annual PM2.5 mean as bulletins report it and as it is judged against the plan: whole
     * µg/m³, half up (GB/T 8170 as bulletins apply it to annual means).
     */
    public OptionalDouble pm25Reported() {
        OptionalDouble v = pm25Mean();
        return v.isEmpty() ? v
                : OptionalDouble.of(BigDecimal.valueOf(v.getAsDouble()).setScale(0, RoundingMode.HALF_UP).doubleValue());
    }

    /** True when the PM2.5 annual mean meets HJ 663's completeness rule: it is an annual figure. */
    public boolean pm25IsAnnual() {
        return record.annualMeans().get(Pollutant.PM2_5).valid();
    }

    /**
     * True when the good-day count covers a year: at least as many counted days as HJ 663 asks
     * of an annual statistic (324). A year still running, or with long gaps, has a count but no
     * annual figure.
     */
    public boolean goodDaysIsAnnual() {
        return record.aqiDays() >= AirEvaluation.rulesOfYear(year).minDaysForAnnual();
    }
}
