package org.ecokiosk.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

/**
 * Every colour, font and stroke the charts use — the one place chart styling lives, for the
 * kiosk screens and the PDFs alike.
 *
 * <p>{@code baseSize} is the tick-label size; titles and axis labels scale from it so that
 * "large text" is one number. For PDFs charts are drawn at 1 unit = 1 pt, so
 * {@link #forPrint()} uses print sizes; on a kiosk viewed from an arm's length
 * {@link #forScreen()} is bigger. {@link #highContrast()} is white-on-black with saturated
 * marks for residents with low vision.
 */
public record ChartTheme(
        float baseSize,
        Color background,
        Color text,
        Color gridLine,
        Color series,
        Color targetLine,
        Color limitLine,
        Color sampleNotice,
        Color missingNotice) {

    /** Sizes for a chart about 450 pt wide on an A4 page. */
    public static ChartTheme forPrint() {
        return new ChartTheme(9f, Color.WHITE, new Color(0x1A1A1A), new Color(0xD0D0D0),
                new Color(0x1F5FA8), new Color(0x1B7F3B), new Color(0xB3261E),
                new Color(0x9A4D00), new Color(0x5F5F5F));
    }

    /** Sizes for a full-HD kiosk screen. */
    public static ChartTheme forScreen() {
        return forPrint().withBaseSize(18f);
    }

    /** White on black, yellow data, thick lines: WCAG contrast well above 7:1. */
    public static ChartTheme highContrast() {
        return new ChartTheme(20f, Color.BLACK, Color.WHITE, new Color(0x707070),
                new Color(0xFFD500), new Color(0x00E676), new Color(0xFF6E6E),
                new Color(0xFFB74D), new Color(0xE0E0E0));
    }

    /** Same colours, every text size scaled (the kiosk's 大字 toggle). */
    public ChartTheme withBaseSize(float newBaseSize) {
        return new ChartTheme(newBaseSize, background, text, gridLine, series, targetLine,
                limitLine, sampleNotice, missingNotice);
    }

    public Font titleFont() {
        return ChartFonts.bold(baseSize * 1.45f);
    }

    public Font subtitleFont() {
        return ChartFonts.regular(baseSize * 1.1f);
    }

    public Font axisLabelFont() {
        return ChartFonts.regular(baseSize * 1.1f);
    }

    public Font tickLabelFont() {
        return ChartFonts.regular(baseSize);
    }

    public Font annotationFont() {
        return ChartFonts.regular(baseSize * 0.95f);
    }

    /** Data lines thicken with the text so they stay visible next to larger labels. */
    public Stroke seriesStroke() {
        return new BasicStroke(baseSize / 4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** Data points grow with the text, or they vanish under a thick line on the kiosk. */
    public java.awt.Shape pointShape() {
        double size = baseSize * 0.7;
        return new java.awt.geom.Ellipse2D.Double(-size / 2, -size / 2, size, size);
    }

    public Stroke targetStroke() {
        return new BasicStroke(baseSize / 7f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {baseSize * 0.6f, baseSize * 0.35f}, 0f);
    }

    public Stroke limitStroke() {
        return new BasicStroke(baseSize / 7f);
    }

    /** Fonts and paints on titles, axes, legend and plot; chart-kind specifics stay in the factory. */
    public void apply(JFreeChart chart) {
        StandardChartTheme jfree = new StandardChartTheme("eco-kiosk");
        jfree.setExtraLargeFont(titleFont());
        jfree.setLargeFont(axisLabelFont());
        jfree.setRegularFont(tickLabelFont());
        jfree.setSmallFont(tickLabelFont());
        jfree.setTitlePaint(text);
        jfree.setSubtitlePaint(text);
        jfree.setLegendBackgroundPaint(background);
        jfree.setLegendItemPaint(text);
        jfree.setChartBackgroundPaint(background);
        jfree.setPlotBackgroundPaint(background);
        jfree.setPlotOutlinePaint(gridLine);
        jfree.setDomainGridlinePaint(gridLine);
        jfree.setRangeGridlinePaint(gridLine);
        jfree.setAxisLabelPaint(text);
        jfree.setTickLabelPaint(text);
        jfree.setItemLabelPaint(text);
        // Flat bars: the default gradient and shadow add nothing and print badly.
        jfree.setBarPainter(new StandardBarPainter());
        jfree.setShadowVisible(false);
        jfree.apply(chart);
        if (chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot plot
                && plot.getRenderer() instanceof BarRenderer bars) {
            bars.setShadowVisible(false);
        }
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
    }
}
