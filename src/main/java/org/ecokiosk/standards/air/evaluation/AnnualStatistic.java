package org.ecokiosk.standards.air.evaluation;

import java.time.Month;
import java.util.List;
import java.util.OptionalDouble;
import org.ecokiosk.standards.air.Pollutant;

/**
 * One annual figure. {@code value} is present whenever there was at least one valid day, so
 * staff can see it; {@code valid} says whether it meets HJ 663's completeness rule (≥ 324 valid
 * days and every month ≥ 27, February ≥ 25). {@code monthsShort} lists the months that fall short.
 */
public record AnnualStatistic(Pollutant pollutant, StatisticKind kind, int validDays, OptionalDouble value,
                              List<Month> monthsShort, boolean valid) {

    public AnnualStatistic {
        monthsShort = List.copyOf(monthsShort);
    }
}
