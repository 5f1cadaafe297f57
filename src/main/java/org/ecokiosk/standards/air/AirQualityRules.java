package org.ecokiosk.standards.air;

import java.time.LocalDate;
import java.util.List;

/**
 * Chooses the air quality rules in force on a date.
 *
 * <ul>
 * <li>up to 2026-02-28: HJ 633-2012, HJ 663-2013, GB 3095-2012 ({@link Hj633Rules2012});</li>
 * <li>2026-03-01 … 2030-12-31: HJ 633-2026 with GB 3095-2026 transition limits
 *     ({@link Hj633Rules2026#TRANSITION});</li>
 * <li>from 2031-01-01: HJ 633-2026 with GB 3095-2026 final limits ({@link Hj633Rules2026#FINAL}).</li>
 * </ul>
 * Every date is covered by tables entered from the official texts, so no selection is
 * provisional. (Dates before HJ 633-2012 came into use also get the 2012 rules: the product has
 * no API-era data.)
 */
public final class AirQualityRules {

    /** First day of GB 3095-2026, HJ 633-2026 and HJ 663-2026. */
    public static final LocalDate STANDARDS_2026_EFFECTIVE = Hj633Rules2026.EFFECTIVE;

    /** Every rule set, oldest first; their validity periods meet without gaps or overlaps. */
    public static final List<AirQualityRuleSet> ALL =
            List.of(Hj633Rules2012.INSTANCE, Hj633Rules2026.TRANSITION, Hj633Rules2026.FINAL);

    private AirQualityRules() {
    }

    /** The rule set for a day's (or an hour's) data, by the date the data belongs to. */
    public static AirQualityRuleSet ruleSetFor(LocalDate date) {
        for (int i = ALL.size() - 1; i > 0; i--) {
            if (!date.isBefore(ALL.get(i).validFrom())) {
                return ALL.get(i);
            }
        }
        return ALL.get(0);
    }

    public static RuleSelection forDate(LocalDate date) {
        return RuleSelection.definitive(ruleSetFor(date));
    }

    /**
     * The rules an annual evaluation of {@code year} is judged by: those in force on 31 December.
     *
     * <p>Why year end, for the split year 2026 (January–February under GB 3095-2012, March–December
     * under GB 3095-2026): an annual mean or percentile is one figure over the whole calendar year
     * and can be set against only one limit; the annual evaluation is made after the year closes,
     * when GB 3095-2026 is the standard in force and GB 3095-2012 has been repealed; and it keeps
     * 2026 comparable with 2027 onward, which residents and the plan follow as a series. Judging
     * 2026 by the repealed 2012 limits would call a PM2.5 annual mean of 32 µg/m³ attained
     * against 35 although the standard in force says 30. Each day's AQI still uses its own date's
     * rules (a January 2026 day is indexed by HJ 633-2012, seven indicators). The same reading
     * puts 2030 under the transition limits and 2031 under the final ones.
     */
    public static AirQualityRuleSet forYear(int year) {
        return ruleSetFor(LocalDate.of(year, 12, 31));
    }
}
