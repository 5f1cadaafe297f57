package org.ecokiosk.standards.air;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HJ 633-2012 table 1 with HJ 663-2013 and GB 3095-2012 Grade II. Figures as in STANDARDS.md
 * (note: SO2 24 h at IAQI 50 is 50, not the 52 some reprints show; SO2 24 h has its own column).
 */
public final class Hj633Rules2012 implements AirQualityRuleSet {

    private static final int[] LEVELS = {0, 50, 100, 150, 200, 300, 400, 500};

    // declared after LEVELS: the constructor reads it during class initialisation
    public static final Hj633Rules2012 INSTANCE = new Hj633Rules2012();

    private final Map<IaqiIndicator, BreakpointTable> tables = new EnumMap<>(IaqiIndicator.class);

    private Hj633Rules2012() {
        column(IaqiIndicator.SO2_24H, "0", "50", "150", "475", "800", "1600", "2100", "2620");
        // Above 800 the standard gives no 1 h SO2 figures: the 24 h IAQI is used instead.
        column(IaqiIndicator.SO2_1H, "0", "150", "500", "650", "800");
        column(IaqiIndicator.NO2_24H, "0", "40", "80", "180", "280", "565", "750", "940");
        column(IaqiIndicator.NO2_1H, "0", "100", "200", "700", "1200", "2340", "3090", "3840");
        column(IaqiIndicator.PM10_24H, "0", "50", "150", "250", "350", "420", "500", "600");
        column(IaqiIndicator.CO_24H, "0", "2", "4", "14", "24", "36", "48", "60");
        column(IaqiIndicator.CO_1H, "0", "5", "10", "35", "60", "90", "120", "150");
        column(IaqiIndicator.O3_1H, "0", "160", "200", "300", "400", "800", "1000", "1200");
        // Above 800 (IAQI 300) the 8 h O3 column stops: the 1 h O3 IAQI is used instead.
        column(IaqiIndicator.O3_8H, "0", "100", "160", "215", "265", "800");
        column(IaqiIndicator.PM2_5_24H, "0", "35", "75", "115", "150", "250", "350", "500");
    }

    private void column(IaqiIndicator indicator, String... concentrations) {
        Breakpoint[] points = new Breakpoint[concentrations.length];
        for (int i = 0; i < concentrations.length; i++) {
            points[i] = Breakpoint.of(concentrations[i], LEVELS[i]);
        }
        tables.put(indicator, new BreakpointTable(indicator, List.of(points)));
    }

    @Override
    public String id() {
        return "HJ633-2012";
    }

    @Override
    public Optional<BreakpointTable> table(IaqiIndicator indicator) {
        return Optional.ofNullable(tables.get(indicator));
    }

    @Override
    public Optional<IaqiIndicator> substituteAboveTable(IaqiIndicator indicator) {
        return switch (indicator) {
            case SO2_1H -> Optional.of(IaqiIndicator.SO2_24H);
            case O3_8H -> Optional.of(IaqiIndicator.O3_1H);
            default -> Optional.empty();
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
        return AirQualityLimits.GB3095_2012_GRADE_II;
    }
}
