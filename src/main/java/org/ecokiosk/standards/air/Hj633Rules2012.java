package org.ecokiosk.standards.air;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * HJ 633-2012 table 1 with HJ 663-2013 and GB 3095-2012 Grade II: the rules for data up to
 * 2026-02-28. Figures as in STANDARDS.md (note: SO2 24 h at IAQI 50 is 50, not the 52 some
 * reprints show; SO2 24 h has its own column). The daily report has seven indicators (it counts
 * the day's maximum 1 h O3); above the truncated columns another indicator's IAQI is used.
 */
public final class Hj633Rules2012 implements AirQualityRuleSet {

    public static final Hj633Rules2012 INSTANCE = new Hj633Rules2012();

    private static final Set<IaqiIndicator> DAILY = Set.copyOf(EnumSet.of(IaqiIndicator.SO2_24H,
            IaqiIndicator.NO2_24H, IaqiIndicator.PM10_24H, IaqiIndicator.CO_24H, IaqiIndicator.O3_8H,
            IaqiIndicator.O3_1H, IaqiIndicator.PM2_5_24H));

    /** HJ 633-2012 表1 as printed: the one copy of these figures (HJ 633-2026 derives its 表3 from it). */
    static final Map<IaqiIndicator, BreakpointTable> TABLES = new BreakpointColumns()
            .column(IaqiIndicator.SO2_24H, "0", "50", "150", "475", "800", "1600", "2100", "2620")
            // Above 800 the standard gives no 1 h SO2 figures: the 24 h IAQI is used instead.
            .column(IaqiIndicator.SO2_1H, "0", "150", "500", "650", "800")
            .column(IaqiIndicator.NO2_24H, "0", "40", "80", "180", "280", "565", "750", "940")
            .column(IaqiIndicator.NO2_1H, "0", "100", "200", "700", "1200", "2340", "3090", "3840")
            .column(IaqiIndicator.PM10_24H, "0", "50", "150", "250", "350", "420", "500", "600")
            .column(IaqiIndicator.CO_24H, "0", "2", "4", "14", "24", "36", "48", "60")
            .column(IaqiIndicator.CO_1H, "0", "5", "10", "35", "60", "90", "120", "150")
            .column(IaqiIndicator.O3_1H, "0", "160", "200", "300", "400", "800", "1000", "1200")
            // Above 800 (IAQI 300) the 8 h O3 column stops: the 1 h O3 IAQI is used instead.
            .column(IaqiIndicator.O3_8H, "0", "100", "160", "215", "265", "800")
            .column(IaqiIndicator.PM2_5_24H, "0", "35", "75", "115", "150", "250", "350", "500")
            .build();

    private Hj633Rules2012() {
    }

    @Override
    public String id() {
        return "HJ633-2012";
    }

    /** No earlier rules exist in the product (it has no API-era data), so the set reaches back indefinitely. */
    @Override
    public LocalDate validFrom() {
        return LocalDate.MIN;
    }

    @Override
    public Optional<LocalDate> validUntil() {
        return Optional.of(LocalDate.of(2026, 2, 28));
    }

    /** The 2012 generation is complete: GB 3095-2012 limits with its own HJ 663-2013 method. */
    @Override
    public Optional<StandardText> methodNote() {
        return Optional.empty();
    }

    @Override
    public Optional<BreakpointTable> table(IaqiIndicator indicator) {
        return Optional.ofNullable(TABLES.get(indicator));
    }

    @Override
    public Optional<AboveTableRule> aboveTable(IaqiIndicator indicator) {
        return switch (indicator) {
            case SO2_1H -> Optional.of(new AboveTableRule.UseSubIndexOf(IaqiIndicator.SO2_24H));
            case O3_8H -> Optional.of(new AboveTableRule.UseSubIndexOf(IaqiIndicator.O3_1H));
            default -> Optional.empty();
        };
    }

    @Override
    public Set<IaqiIndicator> dailyIndicators() {
        return DAILY;
    }

    @Override
    public ConcentrationRounding rounding() {
        return ConcentrationRounding.NONE;
    }

    @Override
    public List<SensitiveGroup> sensitiveGroups(Pollutant pollutant) {
        return List.of();
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
        return AirQualityLimits.GB3095_2012_GRADE_II;
    }
}
