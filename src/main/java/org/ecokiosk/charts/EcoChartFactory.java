package org.ecokiosk.charts;

import java.awt.Color;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Builds the four chart kinds the kiosk and the reports show, styled by one {@link ChartTheme}.
 *
 * <p>Inputs are plain values; all words are the caller's. Missing values become JFreeChart
 * {@code null}s, which renderers leave out (a gap in a line, no bar), and are optionally
 * labelled at the base so a reader never takes a gap for a zero.
 */
public final class EcoChartFactory {

    /** Above this many bars, per-bar value labels would collide, so they are left off. */
    private static final int MAX_BARS_WITH_VALUE_LABELS = 16;
    /** Up to this many year labels stand upright under a trend; more are slanted. */
    static final int MAX_UPRIGHT_YEAR_LABELS = 12;

    private final ChartTheme theme;
    private final String sampleNotice;

    /** Charts whose sample data is marked with the bilingual {@link ChartText#SAMPLE_NOTICE} (the PDFs). */
    public EcoChartFactory(ChartTheme theme) {
        this(theme, ChartText.SAMPLE_NOTICE);
    }

    /**
     * @param sampleNotice the words that mark sample data on every chart built here: a kiosk
     *     screen says them in the language it shows, never a second language beside it
     */
    public EcoChartFactory(ChartTheme theme, String sampleNotice) {
        if (sampleNotice == null || sampleNotice.isBlank()) {
            throw new IllegalArgumentException("charts of sample data need words that say so");
        }
        this.theme = theme;
        this.sampleNotice = sampleNotice;
    }

    /** The colours, fonts and sizes these charts are drawn with. */
    public ChartTheme theme() {
        return theme;
    }

    /**
     * A yearly series as a line against the plan target and, optionally, the national limit,
     * e.g. PM2.5 2015–2025 with target ≤ 34 and GB 3095 limit 35, or good days with ≥ 300.
     */
    public JFreeChart yearlyTrend(ChartText text, String seriesLabel, List<ChartValue> years,
            ReferenceLine target, Optional<ReferenceLine> limit) {
        return yearlyTrend(text, seriesLabel, years, target, limit, List.of());
    }

    /**
     * As {@link #yearlyTrend(ChartText, String, List, ReferenceLine, Optional)}, with breaks in
     * the series explained on the chart itself (see {@link ChartNote}).
     */
    public JFreeChart yearlyTrend(ChartText text, String seriesLabel, List<ChartValue> years,
            ReferenceLine target, Optional<ReferenceLine> limit, List<ChartNote> breaks) {
        DefaultCategoryDataset dataset = singleSeries(seriesLabel, years);
        LineAndShapeRenderer renderer = new ReferenceAwareLineRenderer();
        renderer.setSeriesPaint(0, theme.series());
        renderer.setSeriesStroke(0, theme.seriesStroke());
        showValueLabels(valueFormat(text), renderer, ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
        // Labels clear the point (radius 0.35 × base size) instead of touching it.
        renderer.setItemLabelAnchorOffset(theme.baseSize() * 0.25);

        EcoCategoryPlot plot = categoryPlot(text, dataset, renderer, PlotOrientation.VERTICAL);
        if (years.size() <= MAX_UPRIGHT_YEAR_LABELS) {
            // years stay whole on a narrow chart (portrait 大字): fewer labels, never "201" / "5"
            YearAxis yearAxis = new YearAxis(plot.getDomainAxis().getLabel());
            copyLook(plot.getDomainAxis(), yearAxis);
            plot.setDomainAxis(yearAxis);
        }
        List<ReferenceLine> references = new ArrayList<>();
        references.add(target);
        limit.ifPresent(references::add);
        // Labels of both lines are written right of the plot, pushed apart when the lines are
        // close (34 vs 35), so they never cover the data or each other.
        plot.addRangeMarker(marker(target, theme.targetLine(), theme.targetStroke(), plot));
        limit.ifPresent(l -> plot.addRangeMarker(marker(l, theme.limitLine(), theme.limitStroke(), plot)));
        // A line chart is read for its changes, so the axis hugs the data and the lines
        // instead of starting at zero (281–314 good days would otherwise look flat).
        fitValueAxis(plot, text, valueFormat(text), years, references, false, true);
        labelMissing(plot, years, text);
        plot.setNotes(breaks, theme.missingNotice());
        if (years.size() > MAX_UPRIGHT_YEAR_LABELS) {
            // More years than fit side by side at a legible size: slant them rather than shrink them.
            plot.getDomainAxis().setCategoryLabelPositions(
                    CategoryLabelPositions.createUpRotationLabelPositions(Math.PI / 4));
            plot.getDomainAxis().setMaximumCategoryLabelLines(1);
        }
        // One series needs no legend: the title or the caption names it.
        return finish(text, plot, false);
    }

    /** Twelve monthly values as bars, with an optional limit line. */
    public JFreeChart monthlyBars(ChartText text, String seriesLabel, List<ChartValue> months,
            Optional<ReferenceLine> limit) {
        if (months.size() != 12) {
            throw new IllegalArgumentException("expected 12 months, got " + months.size());
        }
        DefaultCategoryDataset dataset = singleSeries(seriesLabel, months);
        BarRenderer renderer = new ReferenceAwareBarRenderer();
        renderer.setSeriesPaint(0, theme.series());
        renderer.setItemMargin(0);
        showValueLabels(valueFormat(text), renderer, ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
        EcoCategoryPlot plot = categoryPlot(text, dataset, renderer, PlotOrientation.VERTICAL);
        limit.ifPresent(l -> plot.addRangeMarker(marker(l, theme.limitLine(), theme.limitStroke(), plot)));
        fitValueAxis(plot, text, valueFormat(text), months, limit.stream().toList(), true, true);
        labelMissing(plot, months, text);
        return finish(text, plot, false);
    }

    /**
     * Vertical bars each in its own colour, e.g. the days of a month coloured by AQI category.
     * The legend explains the colours; pass an empty list for none.
     */
    public JFreeChart colouredBars(ChartText text, List<ColouredValue> bars,
            Optional<ReferenceLine> limit, List<LegendEntry> legend) {
        return perBarColourChart(text, bars, limit, legend, PlotOrientation.VERTICAL, Optional.empty(),
                valueFormat(text));
    }

    /**
     * Vertical coloured bars with a limit per bar (see {@link ColouredValue#limit()}), named
     * in the legend by {@code barLimitLabel}, e.g. noise zones against their GB 3096 limits.
     */
    public JFreeChart colouredBars(ChartText text, List<ColouredValue> bars, List<LegendEntry> legend,
            String barLimitLabel) {
        return perBarColourChart(text, bars, Optional.empty(), legend, PlotOrientation.VERTICAL,
                Optional.of(barLimitLabel), valueFormat(text));
    }

    /** Horizontal bars each in its own colour, e.g. river sections by water class. */
    public JFreeChart horizontalBars(ChartText text, List<ColouredValue> bars,
            Optional<ReferenceLine> limit, List<LegendEntry> legend) {
        return perBarColourChart(text, bars, limit, legend, PlotOrientation.HORIZONTAL, Optional.empty(),
                valueFormat(text));
    }

    /**
     * Horizontal bars of water classes, each bar {@link WaterClassLabels#rank} long in its
     * class's colour: the value axis ticks at every class and the bars' ends are written by
     * {@code classes} ("Ⅳ类" / "Class IV", as the tables write them), with room for those words.
     */
    public JFreeChart waterClassBars(ChartText text, List<ColouredValue> bars, List<LegendEntry> legend,
            WaterClassLabels classes) {
        JFreeChart chart = perBarColourChart(text, bars, Optional.empty(), legend, PlotOrientation.HORIZONTAL,
                Optional.empty(), classes);
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1, classes), false, true);
        return chart;
    }

    private JFreeChart perBarColourChart(ChartText text, List<ColouredValue> bars,
            Optional<ReferenceLine> limit, List<LegendEntry> legend, PlotOrientation orientation,
            Optional<String> barLimitLabel, NumberFormat format) {
        List<ChartValue> values = bars.stream().map(ColouredValue::value).toList();
        DefaultCategoryDataset dataset = singleSeries("values", values);
        BarRenderer renderer = new PerItemColourBarRenderer(
                bars.stream().map(ColouredValue::colour).toList());
        renderer.setItemMargin(0);
        // A thin outline keeps pale category colours (e.g. AQI yellow) visible on white paper.
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(theme.text());
        boolean valueLabels = bars.size() <= MAX_BARS_WITH_VALUE_LABELS;
        if (valueLabels) {
            if (orientation == PlotOrientation.HORIZONTAL) {
                showValueLabels(format, renderer, ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
            } else {
                showValueLabels(format, renderer, ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
            }
        }
        EcoCategoryPlot plot = categoryPlot(text, dataset, renderer, orientation);
        limit.ifPresent(l -> plot.addRangeMarker(marker(l, theme.limitLine(), theme.limitStroke(), plot)));
        java.util.Map<String, Double> barLimits = new java.util.LinkedHashMap<>();
        List<ReferenceLine> extent = new ArrayList<>(limit.stream().toList());
        for (ColouredValue bar : bars) {
            bar.limit().ifPresent(l -> {
                barLimits.put(bar.value().label(), l);
                extent.add(new ReferenceLine("", l));
            });
        }
        float limitWidth = theme.baseSize() / 4f;
        // In the text colour, not the limit red: the bars themselves are coloured by whether
        // they comply, and a red line on a red bar would vanish.
        plot.setBarLimits(barLimits, theme.text(), limitWidth);

        fitValueAxis(plot, text, format, values, extent, true, valueLabels);
        labelMissing(plot, values, text);
        // a legend of one coloured series says nothing the title does not; the bars' limit line,
        // which is no series, is named even alone
        boolean showLimitItem = !barLimits.isEmpty() && barLimitLabel.isPresent();
        List<LegendEntry> colours = legend.size() > 1 || showLimitItem ? legend : List.of();
        boolean showLegend = !colours.isEmpty() || showLimitItem;
        if (showLegend) {
            LegendItemCollection items = new LegendItemCollection();
            for (LegendEntry entry : colours) {
                // Outlined swatch, for the same reason as the bar outlines.
                items.add(new LegendItem(entry.label(), null, null, null,
                        new java.awt.geom.Rectangle2D.Double(-5, -5, 10, 10), entry.colour(),
                        new java.awt.BasicStroke(0.5f), theme.text()));
            }
            if (showLimitItem) {
                double half = theme.baseSize() * 0.6;
                LegendItem item = new LegendItem(barLimitLabel.get(), null, null, null, false,
                        new java.awt.geom.Rectangle2D.Double(-half, -1, 2 * half, 2), false, theme.text(),
                        false, theme.text(), new java.awt.BasicStroke(0f), true,
                        new java.awt.geom.Line2D.Double(-half, 0, half, 0), new java.awt.BasicStroke(limitWidth),
                        theme.text());
                items.add(item);
            }
            plot.setFixedLegendItems(items);
        }
        return finish(text, plot, showLegend);
    }

    private static DefaultCategoryDataset singleSeries(String seriesLabel, List<ChartValue> values) {
        Set<String> seen = new HashSet<>();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ChartValue value : values) {
            if (!seen.add(value.label())) {
                throw new IllegalArgumentException("duplicate category label: " + value.label());
            }
            dataset.addValue(value.valueOrNull(), seriesLabel, value.label());
        }
        return dataset;
    }

    /** {@code to} set up as {@link #categoryPlot} set up {@code from}. */
    private static void copyLook(CategoryAxis from, CategoryAxis to) {
        to.setCategoryMargin(from.getCategoryMargin());
        to.setLowerMargin(from.getLowerMargin());
        to.setUpperMargin(from.getUpperMargin());
        to.setMaximumCategoryLabelLines(1);
        to.setCategoryLabelPositions(from.getCategoryLabelPositions());
        to.setLabelInsets(from.getLabelInsets());
        to.setLabelFont(from.getLabelFont());
        to.setLabelPaint(from.getLabelPaint());
        to.setTickLabelFont(from.getTickLabelFont());
        to.setTickLabelPaint(from.getTickLabelPaint());
        to.setAxisLinePaint(from.getAxisLinePaint());
        to.setTickMarkPaint(from.getTickMarkPaint());
    }

    private EcoCategoryPlot categoryPlot(ChartText text, DefaultCategoryDataset dataset,
            CategoryItemRenderer renderer, PlotOrientation orientation) {
        CategoryAxis categoryAxis = new CategoryAxis(blankToNull(text.categoryAxisLabel()));
        categoryAxis.setCategoryMargin(0.15);
        categoryAxis.setLowerMargin(0.02);
        categoryAxis.setUpperMargin(0.02);
        if (orientation == PlotOrientation.VERTICAL && dataset.getColumnCount() > 12) {
            // Many narrow categories (days): no room for two-line labels.
            categoryAxis.setMaximumCategoryLabelLines(1);
            // "31" may be a little wider than its bar at large text sizes: let it use some of
            // the gap to its neighbours rather than shrinking to "...".
            categoryAxis.setMaximumCategoryLabelWidthRatio(1.6f);
        } else {
            categoryAxis.setMaximumCategoryLabelLines(2);
        }
        categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        categoryAxis.setLabelInsets(axisLabelInsets());
        // The real value axis is set by fitValueAxis, once the reference lines are known.
        NumberAxis valueAxis = new NumberAxis(blankToNull(text.valueAxisLabel()));
        EcoCategoryPlot plot = new EcoCategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setReferenceFont(theme.annotationFont(), theme.baseSize() * 7);
        plot.setOrientation(orientation);
        plot.setRangeGridlinesVisible(true);
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        // Values read along the bottom in horizontal charts too (JFreeChart puts them on top).
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        return plot;
    }

    /** How values are written on a chart: as the caller's figures are ({@link ChartText#valueDecimals()}), else "0.##". */
    private static NumberFormat valueFormat(ChartText text) {
        String pattern = text.valueDecimals().isPresent() && text.valueDecimals().getAsInt() > 0
                ? "0." + "0".repeat(text.valueDecimals().getAsInt())
                : text.valueDecimals().isPresent() ? "0" : "0.##";
        return new DecimalFormat(pattern, java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
    }

    private void showValueLabels(NumberFormat format, CategoryItemRenderer renderer, ItemLabelAnchor anchor,
            TextAnchor textAnchor) {
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(theme.annotationFont());
        renderer.setDefaultItemLabelPaint(theme.text());
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(anchor, textAnchor));
        // JFreeChart's 2 px gap vanishes next to a bar end or a line at kiosk sizes.
        if (renderer instanceof org.jfree.chart.renderer.AbstractRenderer r) {
            r.setItemLabelAnchorOffset(theme.baseSize() * 0.2);
        }
    }

    private ValueMarker marker(ReferenceLine line, Color colour, java.awt.Stroke stroke, EcoCategoryPlot plot) {
        ValueMarker marker = new ValueMarker(line.value(), colour, stroke);
        // Opaque: archival PDFs are simpler and print predictably without transparency.
        marker.setAlpha(1.0f);
        // No marker label: JFreeChart would draw it inside the data area, over the points.
        // The plot writes it outside, next to the line's end.
        float width = stroke instanceof java.awt.BasicStroke basic ? basic.getLineWidth() : 1f;
        plot.addReference(new EcoCategoryPlot.Reference(line.value(), line.label(), colour, width));
        return marker;
    }

    /**
     * A value axis holding the data and the reference lines (markers alone do not widen
     * JFreeChart's auto range, so a limit above all data would be off the chart), with room in
     * pixels for the value labels above the highest value — and, for lines, below the lowest,
     * where a label goes when a reference line crosses its usual place. Bars start at zero.
     */
    private void fitValueAxis(EcoCategoryPlot plot, ChartText text, NumberFormat format, List<ChartValue> values,
            List<ReferenceLine> references, boolean bars, boolean valueLabels) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        double widestLabel = 0;
        for (ChartValue v : values) {
            if (v.value().isPresent()) {
                max = Math.max(max, v.value().getAsDouble());
                min = Math.min(min, v.value().getAsDouble());
                widestLabel = Math.max(widestLabel,
                        ReferenceLabelLayout.width(format.format(v.value().getAsDouble()), theme.annotationFont()));
            }
        }
        for (ReferenceLine r : references) {
            max = Math.max(max, r.value());
            min = Math.min(min, r.value());
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        boolean vertical = plot.getOrientation() == PlotOrientation.VERTICAL;
        double gap = theme.baseSize() * 0.3;
        double labelRoom = 2 * ((org.jfree.chart.renderer.AbstractRenderer) plot.getRenderer()).getItemLabelAnchorOffset()
                + (vertical ? ReferenceLabelLayout.lineHeight(theme.annotationFont()) : widestLabel) + gap;
        double pointRoom = bars ? 0 : theme.baseSize() * 0.35;
        double high = valueLabels ? labelRoom : gap + pointRoom;
        double low = bars ? labelRoom : (valueLabels ? labelRoom : gap + pointRoom);
        FittedValueAxis axis = new FittedValueAxis(blankToNull(text.valueAxisLabel()), min, max, bars, low, high);
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits());
        axis.setLabelInsets(axisLabelInsets());
        plot.setRangeAxis(axis);
        plot.reserveReferenceLabelRoom();
    }

    private void labelMissing(EcoCategoryPlot plot, List<ChartValue> values, ChartText text) {
        if (text.missingLabel().isEmpty()) {
            return;
        }
        List<String> missing = values.stream().filter(v -> v.value().isEmpty()).map(ChartValue::label).toList();
        plot.setMissing(text.missingLabel().get(), theme.annotationFont(), theme.missingNotice(), missing);
    }

    private JFreeChart finish(ChartText text, CategoryPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(blankToNull(text.title()), theme.titleFont(), plot, legend);
        theme.apply(chart);
        // StandardChartTheme.apply resets series paints, strokes and item-label fonts to its
        // defaults, so the data's own styling is (re)set afterwards.
        CategoryItemRenderer renderer = plot.getRenderer();
        if (!(renderer instanceof PerItemColourBarRenderer)) {
            renderer.setSeriesPaint(0, theme.series());
        }
        if (renderer instanceof LineAndShapeRenderer line) {
            line.setSeriesStroke(0, theme.seriesStroke());
            line.setSeriesShape(0, theme.pointShape());
        }
        renderer.setDefaultItemLabelFont(theme.annotationFont());
        renderer.setDefaultItemLabelPaint(theme.text());
        if (plot.getOrientation() == PlotOrientation.VERTICAL && plot.getCategories().size() > 20) {
            // 31 day numbers side by side run together at full size.
            plot.getDomainAxis().setTickLabelFont(theme.tickLabelFont().deriveFont(theme.baseSize() * 0.8f));
        }
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        if (text.sampleData()) {
            TextTitle notice = new TextTitle(sampleNotice, theme.subtitleFont());
            notice.setPaint(theme.sampleNotice());
            // clear of the title above it, at any text size
            notice.setPadding(new RectangleInsets(theme.baseSize() * 0.25, 0, theme.baseSize() * 0.15, 0));
            notice.setPosition(RectangleEdge.TOP);
            chart.addSubtitle(0, notice);
        }
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setPosition(RectangleEdge.BOTTOM);
            legendTitle.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legendTitle.setItemFont(theme.tickLabelFont());
        }
        return chart;
    }

    /** Clear space between an axis title and its tick labels, growing with the text. */
    private RectangleInsets axisLabelInsets() {
        double gap = theme.baseSize() * 0.5;
        return new RectangleInsets(gap, gap, gap, gap);
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
