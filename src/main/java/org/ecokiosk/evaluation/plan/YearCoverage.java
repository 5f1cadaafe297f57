package org.ecokiosk.evaluation.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Optional;

/**
 * How much of a year a set of dated measurements covers: from 1 January to the last month (for
 * sampling) or day (for daily series) it reaches. A year whose data ends before December (a year
 * still running, or an export cut short) is never an annual figure: the series leave it out and
 * the reports label it by the period it covers ("1–10月"). Monthly and bimonthly sampling reach
 * December in a complete year; a daily series must reach 31 December.
 *
 * @param lastDay the last day of {@code lastMonth} covered (the month's length for sampling)
 */
public record YearCoverage(int year, int lastMonth, int lastDay) {

    /** Covered to the end of {@code lastMonth}: sampling, which covers a month by one sample in it. */
    public YearCoverage(int year, int lastMonth) {
        this(year, lastMonth, YearMonth.of(year, lastMonth).lengthOfMonth());
    }

    /** The coverage of {@code year} by the dates of that year, by month (sampling); empty when there is none. */
    public static Optional<YearCoverage> of(int year, Collection<LocalDate> dates) {
        return dates.stream().filter(d -> d.getYear() == year).map(LocalDate::getMonthValue).max(Integer::compare)
                .map(m -> new YearCoverage(year, m));
    }

    /** The coverage of a daily series whose last day in its year is {@code last}. */
    public static YearCoverage through(LocalDate last) {
        return new YearCoverage(last.getYear(), last.getMonthValue(), last.getDayOfMonth());
    }

    /** The last day covered. */
    public LocalDate lastDate() {
        return LocalDate.of(year, lastMonth, lastDay);
    }

    /** The same period of another year (同期): 1 January to the same day (28 February for a 29th). */
    public YearCoverage inYear(int other) {
        YearMonth month = YearMonth.of(other, lastMonth);
        return new YearCoverage(other, lastMonth, Math.min(lastDay, month.lengthOfMonth()));
    }

    public boolean wholeYear() {
        return lastMonth == 12 && lastDay == 31;
    }

    /** "2026年" for a whole year, else "2026年1–10月" (or "2026年1月1日至10月15日"). */
    public String labelZh() {
        return wholeYear() ? year + "年" : year + "年" + monthsZh();
    }

    /**
     * "1–10月" ("1月" for January alone; "1月1日至10月15日" when it ends within a month); "" for a
     * whole year.
     */
    public String monthsZh() {
        if (wholeYear()) {
            return "";
        }
        if (lastDay != YearMonth.of(year, lastMonth).lengthOfMonth()) {
            return "1月1日至" + lastMonth + "月" + lastDay + "日";
        }
        return lastMonth == 1 ? "1月" : "1–" + lastMonth + "月";
    }
}
