package org.ecokiosk.report;

import java.util.OptionalDouble;
import org.ecokiosk.evaluation.YearOnYear;

/**
 * 同比 in the words bulletins print, from {@link YearOnYear} (the one rule of the comparison):
 * day counts change by days, concentrations and indices by a percentage, ratios by percentage
 * points. Without last year's figure: "上年无数据".
 */
final class YearOnYearText {
    static final String NO_PREVIOUS = "上年无数据";

    private YearOnYearText() {
    }

    /** "增加3天" / "减少3天" / "持平". */
    static String days(YearOnYear y) {
        if (!y.comparable()) {
            return NO_PREVIOUS;
        }
        long d = Math.round(y.difference().getAsDouble());
        return d > 0 ? "增加" + d + "天" : d < 0 ? "减少" + (-d) + "天" : "持平";
    }

    /** "下降6.3%" / "上升2.0%" / "持平" of a concentration or an index, rounded to {@code decimals} first. */
    static String relative(YearOnYear y, int decimals) {
        if (!y.comparable()) {
            return NO_PREVIOUS;
        }
        // compare the figures as printed: two years both printed "30" are 持平
        YearOnYear printed = YearOnYear.of(OptionalDouble.of(round(y.current().getAsDouble(), decimals)),
                OptionalDouble.of(round(y.previous().getAsDouble(), decimals)));
        if (printed.relative().isEmpty()) {
            return printed.difference().getAsDouble() == 0 ? "持平" : "上年为0";
        }
        double r = printed.relative().getAsDouble();
        String share = Texts.number(Math.abs(r) * 100, 1) + "%";
        return r > 0 ? "上升" + share : r < 0 ? "下降" + share : "持平";
    }

    /** "上升1.2个百分点" of a share (0–1). */
    static String points(YearOnYear y) {
        if (!y.comparable()) {
            return NO_PREVIOUS;
        }
        double p = round(y.difference().getAsDouble() * 100, 1);
        return p > 0 ? "上升" + Texts.number(p, 1) + "个百分点" : p < 0 ? "下降" + Texts.number(-p, 1) + "个百分点"
                : "持平";
    }

    /** "上升0.3个百分点" / "下降…" / "持平" of two figures already in percent, compared as printed ({@code decimals}). */
    static String percentagePoints(YearOnYear y, int decimals) {
        return change(y, decimals, "上升", "下降", "个百分点");
    }

    /** "增加0.2平方米/人" / "减少…" / "持平" of two figures in {@code unit}, compared as printed ({@code decimals}). */
    static String difference(YearOnYear y, int decimals, String unit) {
        return change(y, decimals, "增加", "减少", unit);
    }

    private static String change(YearOnYear y, int decimals, String up, String down, String unit) {
        if (!y.comparable()) {
            return NO_PREVIOUS;
        }
        double d = round(round(y.current().getAsDouble(), decimals) - round(y.previous().getAsDouble(), decimals),
                decimals);
        return d > 0 ? up + Texts.number(d, decimals) + unit : d < 0 ? down + Texts.number(-d, decimals) + unit : "持平";
    }

    private static double round(double v, int decimals) {
        return Double.parseDouble(Texts.number(v, decimals));
    }
}
