package org.ecokiosk.standards.air;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Chooses the air quality rules in force on a date.
 *
 * <p>GB 3095-2012 / HJ 633-2012 / HJ 663-2013 govern data up to 2026-02-28. GB 3095-2026,
 * HJ 633-2026 and HJ 663-2026 apply from 2026-03-01, but their tables have not been entered
 * from the official text; until they are, later dates get the 2012 rules marked provisional so
 * no screen or report presents such a figure as final. (Dates before HJ 633-2012 came into use
 * also get the 2012 rules: the product has no API-era data.)
 */
public final class AirQualityRules {

    /** First day of GB 3095-2026, HJ 633-2026 and HJ 663-2026. */
    public static final LocalDate STANDARDS_2026_EFFECTIVE = LocalDate.of(2026, 3, 1);

    static final String NOTE_ZH = "2026-03-01 起新标准施行，本值暂按 HJ 633-2012 计算";
    static final String NOTE_EN = "New standards apply from 2026-03-01; this value is provisionally "
            + "calculated under HJ 633-2012";

    private AirQualityRules() {
    }

    public static RuleSelection forDate(LocalDate date) {
        if (date.isBefore(STANDARDS_2026_EFFECTIVE)) {
            return RuleSelection.definitive(Hj633Rules2012.INSTANCE);
        }
        return new RuleSelection(Hj633Rules2012.INSTANCE, true, Optional.of(NOTE_ZH), Optional.of(NOTE_EN));
    }
}
