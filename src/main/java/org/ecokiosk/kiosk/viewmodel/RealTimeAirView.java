package org.ecokiosk.kiosk.viewmodel;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.evaluation.AgeLimits;
import org.ecokiosk.evaluation.DataAge;
import org.ecokiosk.evaluation.air.HourFigures;
import org.ecokiosk.evaluation.air.RealTimeAir;
import org.ecokiosk.standards.air.AqiCompleteness;
import org.ecokiosk.standards.air.AqiLevel;
import org.ecokiosk.standards.air.AqiResult;
import org.ecokiosk.standards.air.HealthAdvice;
import org.ecokiosk.standards.air.Pollutant;

/**
 * What the air and home screens show of the latest hour (实时报): its AQI and level, the six
 * pollutants with concentration and IAQI, the last 24 hours, the health advice with HJ 633-2026's
 * sensitive groups, and how old it is. Built from the evaluation layer's {@link RealTimeAir};
 * computes nothing of its own.
 *
 * @param reportedAt the hour it is published under ("更新于 12月1日 14时")
 * @param age        its age at the kiosk's clock; a stale hour is shown in amber with its age in words
 */
public record RealTimeAirView(LocalDateTime reportedAt, int aqi, AqiLevel level, AqiCompleteness completeness,
                              List<Pollutant> missing, List<Pollutant> primaryPollutants,
                              List<HourFigures.PollutantReading> readings, List<Hour> last24Hours,
                              HealthAdvice advice, DataAge age, boolean sample, String rulesId) {

    public RealTimeAirView {
        missing = List.copyOf(missing);
        primaryPollutants = List.copyOf(primaryPollutants);
        readings = List.copyOf(readings);
        last24Hours = List.copyOf(last24Hours);
    }

    /** One bar of the 24-hour curve; {@code aqi} empty for an hour without data. */
    public record Hour(LocalDateTime reportedAt, Optional<Integer> aqi, Optional<AqiLevel> level) {
    }

    public static RealTimeAirView of(RealTimeAir air, LocalDateTime now, AgeLimits limits) {
        AqiResult r = air.latest().aqi().orElseThrow();
        List<Hour> hours = air.last24Hours().stream().map(h -> new Hour(h.reportedAt(),
                h.aqi().map(AqiResult::aqi), h.aqi().map(AqiResult::level))).toList();
        return new RealTimeAirView(air.reportedAt(), r.aqi(), r.level(), r.completeness(), r.missingPollutants(),
                r.primaryPollutants(), air.latest().readings(), hours, r.healthAdvice(),
                DataAge.ofHour(air.reportedAt(), now, limits), air.latest().sample(), r.rulesId());
    }

    public boolean stale() {
        return age.stale();
    }
}
