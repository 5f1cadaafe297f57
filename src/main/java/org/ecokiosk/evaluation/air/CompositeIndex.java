package org.ecokiosk.evaluation.air;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ecokiosk.standards.air.AirQualityLimits;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.evaluation.AnnualAirRecord;
import org.ecokiosk.standards.air.evaluation.AnnualStatistic;

/**
 * 环境空气质量综合指数 (the HJ 663 method): I = Σ Ci / Si over the six pollutants, where Ci is
 * the pollutant's annual evaluation statistic (the annual mean of SO2, NO2, PM10, PM2.5; the 95th
 * percentile of CO's daily means; the 90th percentile of O3's daily maximum 8 h) and Si its Grade II
 * limit for that statistic in the limits of the year (those in force on 31 December, as the annual
 * evaluation uses: GB 3095-2012 up to 2025, GB 3095-2026 from 2026). The larger the index, the worse
 * the air. The pollutant with the largest Ii carries the most weight.
 *
 * @param total      the sum of the six single indices
 * @param single     each pollutant's Ii = Ci / Si, in pollutant order
 * @param complete   true when all six statistics meet HJ 663's completeness rule (else for reference only)
 * @param limitsId   the limits table the Si come from
 * @param limits     each pollutant's Si as this index used it, in pollutant order: reports print and
 *                   compare these, never a second look-up of which limits apply to the year
 */
public record CompositeIndex(int year, double total, Map<Pollutant, Double> single, boolean complete,
                             String limitsId, Map<Pollutant, Double> limits) {

    /** The six pollutants in the order bulletins list them. */
    public static final List<Pollutant> POLLUTANTS = List.of(Pollutant.SO2, Pollutant.NO2, Pollutant.PM10,
            Pollutant.PM2_5, Pollutant.CO, Pollutant.O3);

    public CompositeIndex {
        single = Collections.unmodifiableMap(new EnumMap<>(single));
        limits = Collections.unmodifiableMap(new EnumMap<>(limits));
    }

    /** The index of a year's record; empty when any of the six statistics has no value. */
    public static Optional<CompositeIndex> of(AnnualAirRecord record) {
        AirQualityLimits limits = limitsOf(record);
        Map<Pollutant, Double> single = new EnumMap<>(Pollutant.class);
        Map<Pollutant, Double> si = new EnumMap<>(Pollutant.class);
        double total = 0;
        boolean complete = true;
        for (Pollutant p : POLLUTANTS) {
            AnnualStatistic s = statistic(record, p);
            OptionalDouble limit = limits.limit(p, s.kind().limitPeriod());
            if (s.value().isEmpty() || limit.isEmpty() || limit.getAsDouble() <= 0) {
                return Optional.empty();
            }
            double ii = s.value().getAsDouble() / limit.getAsDouble();
            single.put(p, ii);
            si.put(p, limit.getAsDouble());
            total += ii;
            complete &= s.valid();
        }
        return Optional.of(new CompositeIndex(record.year(), total, single, complete, limits.tableId(), si));
    }

    /**
     * The Grade II limits a year's record was judged by: those in force on 31 December of its year
     * (as {@code AnnualAirEvaluator} chose them). The one place in evaluation/ that asks the
     * standards which limits apply to a year; reports take them from {@link AirYear#limits()} or
     * {@link #limits()}, never from a look-up of their own.
     */
    static AirQualityLimits limitsOf(AnnualAirRecord record) {
        AirQualityLimits limits = AirEvaluation.limitsOfYear(record.year());
        if (!limits.tableId().equals(record.limitsId())) {
            throw new IllegalStateException(record.year() + ": record judged by " + record.limitsId()
                    + " but the year's limits are " + limits.tableId());
        }
        return limits;
    }

    /** The statistic HJ 663 evaluates a pollutant's year by. */
    public static AnnualStatistic statistic(AnnualAirRecord record, Pollutant p) {
        return switch (p) {
            case CO -> record.co24hP95();
            case O3 -> record.o3Max8hP90();
            default -> record.annualMeans().get(p);
        };
    }

    /**
     * The pollutants whose Si differs between {@code previous}'s limits and this index's, in
     * {@link #POLLUTANTS} order: a 同比 across them mixes a change of the standard (GB 3095-2012 →
     * -2026) with a change of the air. Empty when both years are judged by the same limits.
     */
    public List<Pollutant> limitsChangedFrom(CompositeIndex previous) {
        return POLLUTANTS.stream().filter(p -> !limits.get(p).equals(previous.limits().get(p))).toList();
    }

    /** The pollutant with the largest single index (the first in {@link #POLLUTANTS} order among equals). */
    public Pollutant largest() {
        List<Pollutant> order = new ArrayList<>(POLLUTANTS);
        order.sort((a, b) -> Double.compare(single.get(b), single.get(a)));
        return order.get(0);
    }
}
