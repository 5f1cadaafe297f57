package org.ecokiosk.kiosk.i18n;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Numbers as the kiosk writes them, the same in both languages: measured figures to a fixed
 * number of decimals (36.5, 65.6), targets and limits as the plan writes them (30, 9.4 — no
 * trailing zeros). A missing figure is the empty string; the widget decides what to say instead.
 */
public final class FigureFormat {
    private FigureFormat() {
    }

    public static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    public static String fixed(OptionalDouble value, int decimals) {
        return value.isPresent() ? fixed(value.getAsDouble(), decimals) : "";
    }

    /** A target or limit as the plan writes it: 30, 9.4, 0.5. */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public static String plain(OptionalDouble value) {
        return value.isPresent() ? plain(value.getAsDouble()) : "";
    }
}
