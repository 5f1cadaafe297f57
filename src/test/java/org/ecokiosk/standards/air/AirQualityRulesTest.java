package org.ecokiosk.standards.air;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class AirQualityRulesTest {

    @Test
    void before2026March1TheRulesAreDefinitive() {
        RuleSelection s = AirQualityRules.forDate(LocalDate.of(2026, 2, 28));
        assertFalse(s.provisional());
        assertEquals(Optional.empty(), s.noteZh());
        assertEquals("HJ633-2012", s.ruleSet().id());
        assertEquals("HJ663-2013", s.ruleSet().evaluationId());
        assertEquals("GB3095-2012", s.ruleSet().limitsId());
    }

    @Test
    void fromMarch2026The2026RulesAreDefinitiveWithTheMethodNote() {
        RuleSelection s = AirQualityRules.forDate(LocalDate.of(2026, 3, 1));
        assertFalse(s.provisional());
        assertEquals(Optional.empty(), s.noteZh());
        assertEquals("HJ633-2026", s.ruleSet().id());
        assertEquals("HJ663-2013", s.ruleSet().evaluationId());
        assertEquals("GB3095-2026", s.ruleSet().limitsId());
        assertEquals("GB3095-2026/transition", s.ruleSet().limits().tableId());
        assertEquals(new StandardText("GB 3095-2026 限值，HJ 663-2013 方法", "GB 3095-2026 limits, HJ 663-2013 method"),
                s.methodNote().orElseThrow());
        assertEquals(Optional.empty(), AirQualityRules.forDate(LocalDate.of(2026, 2, 28)).methodNote());
    }

    @Test
    void grade2LimitsAsStandardsMd() {
        AirQualityLimits l = AirQualityLimits.GB3095_2012_GRADE_II;
        assertEquals(35.0, l.limit(Pollutant.PM2_5, AveragingPeriod.ANNUAL).getAsDouble());
        assertEquals(75.0, l.limit(Pollutant.PM2_5, AveragingPeriod.HOURS_24).getAsDouble());
        assertEquals(70.0, l.limit(Pollutant.PM10, AveragingPeriod.ANNUAL).getAsDouble());
        assertEquals(150.0, l.limit(Pollutant.PM10, AveragingPeriod.HOURS_24).getAsDouble());
        assertEquals(60.0, l.limit(Pollutant.SO2, AveragingPeriod.ANNUAL).getAsDouble());
        assertEquals(150.0, l.limit(Pollutant.SO2, AveragingPeriod.HOURS_24).getAsDouble());
        assertEquals(500.0, l.limit(Pollutant.SO2, AveragingPeriod.HOUR_1).getAsDouble());
        assertEquals(40.0, l.limit(Pollutant.NO2, AveragingPeriod.ANNUAL).getAsDouble());
        assertEquals(80.0, l.limit(Pollutant.NO2, AveragingPeriod.HOURS_24).getAsDouble());
        assertEquals(200.0, l.limit(Pollutant.NO2, AveragingPeriod.HOUR_1).getAsDouble());
        assertEquals(4.0, l.limit(Pollutant.CO, AveragingPeriod.HOURS_24).getAsDouble());
        assertEquals(10.0, l.limit(Pollutant.CO, AveragingPeriod.HOUR_1).getAsDouble());
        assertEquals(160.0, l.limit(Pollutant.O3, AveragingPeriod.HOURS_8).getAsDouble());
        assertEquals(200.0, l.limit(Pollutant.O3, AveragingPeriod.HOUR_1).getAsDouble());
        assertEquals(OptionalDouble.empty(), l.limit(Pollutant.CO, AveragingPeriod.ANNUAL));
        assertEquals(OptionalDouble.empty(), l.limit(Pollutant.O3, AveragingPeriod.ANNUAL));
    }

    @Test
    void exceedanceMultipleOnlyAboveTheLimit() {
        assertEquals(OptionalDouble.of(0.5), LimitComparison.exceedanceMultiple(52.5, 35));
        assertEquals(OptionalDouble.empty(), LimitComparison.exceedanceMultiple(35, 35));
        assertEquals(OptionalDouble.empty(), LimitComparison.exceedanceMultiple(20, 35));
        assertEquals(OptionalDouble.of(0.1), LimitComparison.exceedanceMultiple(4.4, 4));
        LimitComparison c = AirQualityLimits.GB3095_2012_GRADE_II
                .compare(Pollutant.PM2_5, AveragingPeriod.ANNUAL, 38.5).orElseThrow();
        assertTrue(c.exceeds());
        assertEquals(0.1, c.exceedanceMultiple().getAsDouble());
        assertEquals("GB3095-2012", c.limitsId());
    }

    @Test
    void pollutantCodesAndUnits() {
        assertEquals(Optional.of(Pollutant.PM2_5), Pollutant.fromCode("PM2.5"));
        assertEquals(Optional.of(Pollutant.PM2_5), Pollutant.fromCode("pm2_5"));
        assertEquals(Optional.of(Pollutant.PM2_5), Pollutant.fromCode("PM25"));
        assertEquals(Optional.of(Pollutant.SO2), Pollutant.fromCode(" so2 "));
        assertEquals(Optional.empty(), Pollutant.fromCode("PM1"));
        assertEquals("PM2.5", Pollutant.PM2_5.code());
        assertEquals("mg/m³", Pollutant.CO.unit().symbol());
        assertEquals("µg/m³", Pollutant.O3.unit().symbol());
        assertEquals("细颗粒物", Pollutant.PM2_5.nameZh());
    }
}
