package org.ecokiosk.evaluation.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * How much of a year a set of dated measurements covers, by the last month it reaches. A year
 * whose data ends before December (a year still running, or an export cut short) is never an
 * annual figure: the series leave it out and the reports label it by the months it covers
 * ("1–10月"). Monthly and bimonthly sampling reach December in a complete year.
 */
public record YearCoverage(int year, int lastMonth) {

    /** The coverage of {@code year} by the dates of that year; empty when there is none. */
    public static Optional<YearCoverage> of(int year, Collection<LocalDate> dates) {
        return dates.stream().filter(d -> d.getYear() == year).map(LocalDate::getMonthValue).max(Integer::compare)
                .map(m -> new YearCoverage(year, m));
    }

    public boolean wholeYear() {
        return lastMonth == 12;
    }

    /** "2026年" for a whole year, else "2026年1–10月". */
    public String labelZh() {
        return wholeYear() ? year + "年" : year + "年" + monthsZh();
    }

    /** "1–10月" ("1月" for January alone); "" for a whole year. */
    public String monthsZh() {
        if (wholeYear()) {
            return "";
        }
        return lastMonth == 1 ? "1月" : "1–" + lastMonth + "月";
    }
}
