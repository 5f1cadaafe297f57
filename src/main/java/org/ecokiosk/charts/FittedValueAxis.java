package org.ecokiosk.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;

/**
 * A value axis whose range holds the data and the reference lines, plus margins given in
 * pixels (points in a PDF) rather than as a fraction of the range: the margins are there for
 * value labels, whose size is fixed by the font, not by the data. The range is refitted to the
 * actual data area each time the chart is drawn, silently (no change event, so a viewer that
 * repaints on change does not loop).
 */
final class FittedValueAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;

    /** Data area length assumed before the first drawing (for callers that read the range). */
    private static final double ASSUMED_LENGTH = 200;

    private final double low;
    private final double high;
    private final boolean fromZero;
    private final double lowPad;
    private final double highPad;

    /**
     * @param low lowest of data and reference values
     * @param high highest of data and reference values
     * @param fromZero bars: the axis starts at zero (or below, for negative values)
     * @param lowPad pixels kept free below the lowest value (ignored when starting at zero)
     * @param highPad pixels kept free above the highest value
     */
    FittedValueAxis(String label, double low, double high, boolean fromZero, double lowPad, double highPad) {
        super(label);
        if (fromZero) {
            low = Math.min(low, 0);
            high = Math.max(high, 0);
        }
        if (high - low < 1e-9) {
            double half = Math.max(Math.abs(high) * 0.05, 0.5);
            low -= half;
            high += half;
        }
        this.low = low;
        this.high = high;
        this.fromZero = fromZero;
        this.lowPad = lowPad;
        this.highPad = highPad;
        setAutoRange(false);
        setRange(fit(ASSUMED_LENGTH), true, false);
        subscriptLabel();
    }

    /**
     * The axis title with its symbols' subscripts ("PM₂.₅ 年均浓度 μg/m³"), made again whenever
     * the label font changes (the theme sets it after the axis is built); plain titles keep no
     * attributed form and are drawn as before.
     */
    @Override
    public void setLabelFont(java.awt.Font font) {
        super.setLabelFont(font);
        subscriptLabel();
    }

    private void subscriptLabel() {
        String label = getLabel();
        if (label != null && Subscripts.any(label)) {
            setAttributedLabel(Subscripts.attributed(label, getLabelFont()));
        }
    }

    /** The range for a data area {@code length} pixels long along this axis. */
    Range fit(double length) {
        boolean padLow = !(fromZero && low >= 0);
        double usable = Math.max(length - highPad - (padLow ? lowPad : 0), length * 0.4);
        double perPixel = (high - low) / usable;
        double lower = padLow ? low - lowPad * perPixel : low;
        double upper = high + highPad * perPixel;
        return new Range(lower, upper);
    }

    private void refit(Rectangle2D area, RectangleEdge edge) {
        double length = RectangleEdge.isTopOrBottom(edge) ? area.getWidth() : area.getHeight();
        if (length > 0) {
            Range range = fit(length);
            if (!range.equals(getRange())) {
                setRange(range, true, false);
            }
        }
    }

    @Override
    public AxisSpace reserveSpace(Graphics2D g2, Plot plot, Rectangle2D plotArea, RectangleEdge edge,
            AxisSpace space) {
        // The data area is not known yet; the plot area is a close estimate for tick labels.
        refit(plotArea, edge);
        return super.reserveSpace(g2, plot, plotArea, edge, space);
    }

    @Override
    public AxisState draw(Graphics2D g2, double cursor, Rectangle2D plotArea, Rectangle2D dataArea,
            RectangleEdge edge, PlotRenderingInfo plotState) {
        refit(dataArea, edge);
        return super.draw(g2, cursor, plotArea, dataArea, edge, plotState);
    }
}
