package org.ecokiosk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalDouble;

/** Number and list formatting shared by the reports, in the forms Chinese bulletins print. */
final class Texts {
    static final String NO_VALUE = "—";

    private Texts() {
    }

    /** Half-up to {@code decimals} places: the rounding GB/T 8170 and the bulletins use. */
    static String number(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    static String number(OptionalDouble value, int decimals) {
        return value.isPresent() ? number(value.getAsDouble(), decimals) : NO_VALUE;
    }

    static String percent(double share, int decimals) {
        return number(share * 100, decimals) + "%";
    }

    /** "10月31日". */
    static String monthDay(java.time.LocalDate date) {
        return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    static String joinZh(List<String> parts) {
        return parts.isEmpty() ? "无" : String.join("、", parts);
    }
}
