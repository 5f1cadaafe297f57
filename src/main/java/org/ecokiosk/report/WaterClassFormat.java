package org.ecokiosk.report;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.ecokiosk.standards.water.WaterClass;

/**
 * Prints a water-class bar's length (1 = Ⅰ … 6 = 劣Ⅴ) as the class itself, on the axis and
 * on the bar, so the chart reads "Ⅳ" rather than a number the reader has to translate.
 */
final class WaterClassFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    static double rank(WaterClass c) {
        return c.ordinal() + 1;
    }

    @Override
    public StringBuffer format(double number, StringBuffer out, FieldPosition pos) {
        return format(Math.round(number), out, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer out, FieldPosition pos) {
        if (number >= 1 && number <= WaterClass.values().length) {
            out.append(WaterClass.values()[(int) number - 1].labelZh());
        }
        return out;
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        throw new UnsupportedOperationException("display only");
    }
}
