package org.ecokiosk.charts;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.ecokiosk.standards.water.WaterClass;

/**
 * Writes a water-class bar's length (1 = Ⅰ … 6 = 劣Ⅴ) as the class, on the axis and at the bar's
 * end, in the tables' words: {@link WaterClass#labelZh()} ("Ⅳ类") or {@link WaterClass#labelEn()}
 * ("Class IV") — the one rule, not a chart's own copy of it.
 */
public final class WaterClassLabels extends NumberFormat {
    private static final long serialVersionUID = 1L;

    private final boolean english;

    private WaterClassLabels(boolean english) {
        this.english = english;
    }

    /** "Ⅰ类" … "劣Ⅴ类". */
    public static WaterClassLabels chinese() {
        return new WaterClassLabels(false);
    }

    /** "Class I" … "Worse than Class V". */
    public static WaterClassLabels english() {
        return new WaterClassLabels(true);
    }

    /** The bar length that stands for a class: 1 for Ⅰ … 6 for 劣Ⅴ. */
    public static double rank(WaterClass c) {
        return c.ordinal() + 1;
    }

    /** The words for {@code c}. */
    public String label(WaterClass c) {
        return english ? c.labelEn() : c.labelZh();
    }

    @Override
    public StringBuffer format(double number, StringBuffer out, FieldPosition pos) {
        return format(Math.round(number), out, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer out, FieldPosition pos) {
        if (number >= 1 && number <= WaterClass.values().length) {
            out.append(label(WaterClass.values()[(int) number - 1]));
        }
        return out;
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        throw new UnsupportedOperationException("display only");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WaterClassLabels w && w.english == english;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(english);
    }
}
