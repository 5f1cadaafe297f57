package org.ecokiosk.charts;

/**
 * A horizontal line across a chart: a plan target ("≤ 34") or a national limit ("GB 3095 二级 35").
 *
 * @param label drawn next to the line, in whatever language(s) the caller chose
 * @param value on the value axis, same unit as the data
 */
public record ReferenceLine(String label, double value) {
    public ReferenceLine {
        if (label == null || !Double.isFinite(value)) {
            throw new IllegalArgumentException("reference line needs a label and a finite value");
        }
    }
}
