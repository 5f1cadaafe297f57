package org.ecokiosk.standards.air;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * HJ 633-2026 with GB 3095-2026 Grade II limits, in its two phases: {@link #TRANSITION}
 * (2026-03-01 … 2030-12-31) and {@link #FINAL} (from 2031-01-01). The index is the same in both;
 * only the limits differ.
 *
 * <p>What differs from HJ 633-2012 (STANDARDS.md, read from the official scans):
 * <ul>
 * <li>表3 breakpoints: at IAQI 100 PM10 24 h is 120 (2012: 150) and PM2.5 24 h is 60 (2012: 75);
 *     every other figure is unchanged.</li>
 * <li>The daily AQI has six indicators; the day's maximum 1 h O3 is no longer one of them.</li>
 * <li>Above the truncated columns fixed IAQIs apply: 1 h SO2 above 800 → 200, 8 h O3 above 800 → 300.</li>
 * <li>Concentrations are rounded by GB/T 8170 before the IAQI (µg/m³ to integers, CO to one decimal).</li>
 * <li>表2 names the sensitive groups per pollutant.</li>
 * </ul>
 * HJ 663-2026's text is not available, so daily validity and annual statistics use HJ 663-2013's
 * method, and {@link #methodNote()} says so.
 */
public final class Hj633Rules2026 implements AirQualityRuleSet {

    /** First day of GB 3095-2026, HJ 633-2026 and HJ 663-2026. */
    public static final LocalDate EFFECTIVE = LocalDate.of(2026, 3, 1);

    /** First day of GB 3095-2026's final limits. */
    public static final LocalDate FINAL_LIMITS_EFFECTIVE = LocalDate.of(2031, 1, 1);

    public static final Hj633Rules2026 TRANSITION = new Hj633Rules2026(EFFECTIVE,
            Optional.of(FINAL_LIMITS_EFFECTIVE.minusDays(1)), AirQualityLimits.GB3095_2026_TRANSITION_GRADE_II);

    public static final Hj633Rules2026 FINAL = new Hj633Rules2026(FINAL_LIMITS_EFFECTIVE, Optional.empty(),
            AirQualityLimits.GB3095_2026_FINAL_GRADE_II);

    static final StandardText METHOD_NOTE = new StandardText("GB 3095-2026 限值，HJ 663-2013 方法",
            "GB 3095-2026 limits, HJ 663-2013 method");

    private static final Set<IaqiIndicator> DAILY = Set.copyOf(EnumSet.of(IaqiIndicator.SO2_24H,
            IaqiIndicator.NO2_24H, IaqiIndicator.PM10_24H, IaqiIndicator.CO_24H, IaqiIndicator.O3_8H,
            IaqiIndicator.PM2_5_24H));

    /** 表3: HJ 633-2012's table with the two particle figures at IAQI 100 that the 2026 edition changed. */
    private static final Map<IaqiIndicator, BreakpointTable> TABLES = BreakpointColumns.from(Hj633Rules2012.TABLES)
            .change(IaqiIndicator.PM10_24H, 100, "120")
            .change(IaqiIndicator.PM2_5_24H, 100, "60")
            .build();

    private static final List<SensitiveGroup> PARTICLES = List.of(
            SensitiveGroup.CARDIOVASCULAR_OR_RESPIRATORY_DISEASE, SensitiveGroup.CHILDREN_AND_TEENAGERS,
            SensitiveGroup.OFTEN_ACTIVE_OUTDOORS, SensitiveGroup.ELDERLY);

    private final LocalDate validFrom;
    private final Optional<LocalDate> validUntil;
    private final AirQualityLimits limits;

    private Hj633Rules2026(LocalDate validFrom, Optional<LocalDate> validUntil, AirQualityLimits limits) {
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.limits = limits;
    }

    @Override
    public String id() {
        return "HJ633-2026";
    }

    @Override
    public LocalDate validFrom() {
        return validFrom;
    }

    @Override
    public Optional<LocalDate> validUntil() {
        return validUntil;
    }

    @Override
    public Optional<StandardText> methodNote() {
        return Optional.of(METHOD_NOTE);
    }

    @Override
    public Optional<BreakpointTable> table(IaqiIndicator indicator) {
        return Optional.ofNullable(TABLES.get(indicator));
    }

    @Override
    public Optional<AboveTableRule> aboveTable(IaqiIndicator indicator) {
        return switch (indicator) {
            case SO2_1H -> Optional.of(new AboveTableRule.CountAs(200));
            case O3_8H -> Optional.of(new AboveTableRule.CountAs(300));
            default -> Optional.empty();
        };
    }

    @Override
    public Set<IaqiIndicator> dailyIndicators() {
        return DAILY;
    }

    @Override
    public ConcentrationRounding rounding() {
        return ConcentrationRounding.GBT_8170;
    }

    /** HJ 633-2026 表2. */
    @Override
    public List<SensitiveGroup> sensitiveGroups(Pollutant pollutant) {
        return switch (pollutant) {
            case SO2 -> List.of(SensitiveGroup.ASTHMA, SensitiveGroup.CHILDREN_AND_TEENAGERS, SensitiveGroup.ELDERLY);
            case NO2 -> List.of(SensitiveGroup.RESPIRATORY_DISEASE, SensitiveGroup.CHILDREN_AND_TEENAGERS,
                    SensitiveGroup.ELDERLY);
            case CO -> List.of(SensitiveGroup.CARDIOVASCULAR_DISEASE);
            case O3 -> List.of(SensitiveGroup.RESPIRATORY_DISEASE, SensitiveGroup.CHILDREN_AND_TEENAGERS,
                    SensitiveGroup.OFTEN_ACTIVE_OUTDOORS, SensitiveGroup.ELDERLY);
            case PM10, PM2_5 -> PARTICLES;
        };
    }

    @Override
    public int maxIndex() {
        return 500;
    }

    @Override
    public EvaluationRules evaluation() {
        return EvaluationRules.HJ663_2013;
    }

    @Override
    public AirQualityLimits limits() {
        return limits;
    }

    @Override
    public String toString() {
        return key();
    }
}
