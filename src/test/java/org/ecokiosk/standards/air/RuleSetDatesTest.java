package org.ecokiosk.standards.air;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which rules apply on which date, and the limit tables of GB 3095-2026. */
class RuleSetDatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2013-01-01, HJ633-2012+GB3095-2012+HJ663-2013",
            "2026-02-28, HJ633-2012+GB3095-2012+HJ663-2013",
            "2026-03-01, HJ633-2026+GB3095-2026/transition+HJ663-2013",
            "2030-12-31, HJ633-2026+GB3095-2026/transition+HJ663-2013",
            "2031-01-01, HJ633-2026+GB3095-2026/final+HJ663-2013",
            "2040-06-01, HJ633-2026+GB3095-2026/final+HJ663-2013"
    })
    void ruleSetByDate(LocalDate date, String key) {
        assertEquals(key, AirQualityRules.ruleSetFor(date).key());
        assertFalse(AirQualityRules.forDate(date).provisional());
    }

    @Test
    void theSplitDaysChangeTheIndex() {
        Map<Pollutant, Double> pm = Map.of(Pollutant.PM2_5, 70.0);
        assertEquals(94, AqiCalculator.forDate(LocalDate.of(2026, 2, 28)).daily(pm, OptionalDouble.empty())
                .orElseThrow().aqi());
        assertEquals(110, AqiCalculator.forDate(LocalDate.of(2026, 3, 1)).daily(pm, OptionalDouble.empty())
                .orElseThrow().aqi());
        assertEquals("HJ633-2026", AqiCalculator.forDate(LocalDate.of(2030, 12, 31)).daily(pm, OptionalDouble.empty())
                .orElseThrow().rulesId());
        assertEquals("HJ633-2026", AqiCalculator.forDate(LocalDate.of(2031, 1, 1)).daily(pm, OptionalDouble.empty())
                .orElseThrow().rulesId());
    }

    @Test
    void annualEvaluationsUseTheRulesInForceAtYearEnd() {
        assertSame(Hj633Rules2012.INSTANCE, AirQualityRules.forYear(2025));
        assertSame(Hj633Rules2026.TRANSITION, AirQualityRules.forYear(2026));
        assertSame(Hj633Rules2026.TRANSITION, AirQualityRules.forYear(2030));
        assertSame(Hj633Rules2026.FINAL, AirQualityRules.forYear(2031));
    }

    @Test
    void theRuleSetsMeetWithoutGapsOrOverlaps() {
        for (int i = 1; i < AirQualityRules.ALL.size(); i++) {
            AirQualityRuleSet before = AirQualityRules.ALL.get(i - 1);
            AirQualityRuleSet after = AirQualityRules.ALL.get(i);
            assertEquals(before.validUntil().orElseThrow().plusDays(1), after.validFrom());
        }
        assertEquals(Optional.empty(), Hj633Rules2026.FINAL.validUntil());
        assertEquals(LocalDate.of(2026, 3, 1), AirQualityRules.STANDARDS_2026_EFFECTIVE);
    }

    @Test
    void methodNoteWhereHj663_2026IsMissing() {
        StandardText note = new StandardText("GB 3095-2026 限值，HJ 663-2013 方法", "GB 3095-2026 limits, HJ 663-2013 method");
        assertEquals(Optional.of(note), Hj633Rules2026.TRANSITION.methodNote());
        assertEquals(Optional.of(note), Hj633Rules2026.FINAL.methodNote());
        assertEquals(Optional.empty(), Hj633Rules2012.INSTANCE.methodNote());
        assertEquals("HJ663-2013", Hj633Rules2026.FINAL.evaluationId());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            // pollutant, period, 2012 II, transition II, final II, transition I, final I
            "SO2, ANNUAL, 60, 60, 20, 20, 20",
            "SO2, HOURS_24, 150, 150, 50, 50, 50",
            "SO2, HOUR_1, 500, 500, 150, 150, 150",
            "NO2, ANNUAL, 40, 40, 30, 40, 30",
            "NO2, HOURS_24, 80, 80, 50, 80, 50",
            "NO2, HOUR_1, 200, 200, 200, 200, 200",
            "CO, HOURS_24, 4, 4, 4, 4, 4",
            "CO, HOUR_1, 10, 10, 10, 10, 10",
            "O3, HOURS_8, 160, 160, 160, 100, 100",
            "O3, HOUR_1, 200, 200, 200, 160, 160",
            "PM10, ANNUAL, 70, 60, 50, 40, 20",
            "PM10, HOURS_24, 150, 120, 100, 50, 50",
            "PM2_5, ANNUAL, 35, 30, 25, 15, 10",
            "PM2_5, HOURS_24, 75, 60, 50, 35, 25"
    })
    void limitTables(Pollutant p, AveragingPeriod period, double gb2012, double transition, double fin,
                     double transitionI, double finalI) {
        assertEquals(gb2012, AirQualityLimits.GB3095_2012_GRADE_II.limit(p, period).getAsDouble());
        assertEquals(transition, AirQualityLimits.GB3095_2026_TRANSITION_GRADE_II.limit(p, period).getAsDouble());
        assertEquals(fin, AirQualityLimits.GB3095_2026_FINAL_GRADE_II.limit(p, period).getAsDouble());
        assertEquals(transitionI, AirQualityLimits.GB3095_2026_TRANSITION_GRADE_I.limit(p, period).getAsDouble());
        assertEquals(finalI, AirQualityLimits.GB3095_2026_FINAL_GRADE_I.limit(p, period).getAsDouble());
        assertSame(AirQualityLimits.GB3095_2026_TRANSITION_GRADE_II, Hj633Rules2026.TRANSITION.limits());
        assertSame(AirQualityLimits.GB3095_2026_FINAL_GRADE_II, Hj633Rules2026.FINAL.limits());
    }

    @Test
    void noAnnualCoOrO3Limit() {
        assertEquals(OptionalDouble.empty(),
                AirQualityLimits.GB3095_2026_FINAL_GRADE_II.limit(Pollutant.CO, AveragingPeriod.ANNUAL));
        assertEquals(OptionalDouble.empty(),
                AirQualityLimits.GB3095_2026_TRANSITION_GRADE_II.limit(Pollutant.O3, AveragingPeriod.ANNUAL));
        assertEquals("GB3095-2026/final", AirQualityLimits.GB3095_2026_FINAL_GRADE_II
                .compare(Pollutant.PM2_5, AveragingPeriod.ANNUAL, 26).orElseThrow().limitsId());
    }
}
