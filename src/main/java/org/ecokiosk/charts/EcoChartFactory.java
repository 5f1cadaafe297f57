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
import org.jfree.chart.annotations.CategoryTextAnnotation;
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
import org.jfree.chart.ui.RectangleAnchor;
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

    private final ChartTheme theme;

    public EcoChartFactory(ChartTheme theme) {
        this.theme = theme;
    }

    /**
     * A yearly series as a line against the plan target and, optionally, the national limit,
     * e.g. PM2.5 2015–2025 with target ≤ 34 and GB 3095 limit 35, or good days with ≥ 300.
     */
    public JFreeChart yearlyTrend(ChartText text, String seriesLabel, List<ChartValue> years,
            ReferenceLine target, Optional<ReferenceLine> limit) {
        DefaultCategoryDataset dataset = singleSeries(seriesLabel, years);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, theme.series());
        renderer.setSeriesStroke(0, theme.seriesStroke());
        showValueLabels(renderer, ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);

        CategoryPlot plot = categoryPlot(text, dataset, renderer, PlotOrientation.VERTICAL);
        List<ReferenceLine> references = new ArrayList<>();
        references.add(target);
        limit.ifPresent(references::add);
        // Target and limit are often close (34 vs 35): one label sits below its line on the
        // left, the other above its line on the right, so they never overlap.
        plot.addRangeMarker(marker(target, theme.targetLine(), theme.targetStroke(), false, plot));
        limit.ifPresent(l -> plot.addRangeMarker(marker(l, theme.limitLine(), theme.limitStroke(), true, plot)));
        fitValueAxis(plot, years, references);
        labelMissing(plot, years, PlotOrientation.VERTICAL, text);
        return finish(text, plot, true);
    }

    /** Twelve monthly values as bars, with an optional limit line. */
    public JFreeChart monthlyBars(ChartText text, String seriesLabel, List<ChartValue> months,
            Optional<ReferenceLine> limit) {
        if (months.size() != 12) {
            throw new IllegalArgumentException("expected 12 months, got " + months.size());
        }
        DefaultCategoryDataset dataset = singleSeries(seriesLabel, months);
        BarRenderer renderer = new BarRenderer();
        renderer.setSeriesPaint(0, theme.series());
        renderer.setItemMargin(0);
        showValueLabels(renderer, ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
        CategoryPlot plot = categoryPlot(text, dataset, renderer, PlotOrientation.VERTICAL);
        limit.ifPresent(l -> plot.addRangeMarker(marker(l, theme.limitLine(), theme.limitStroke(), true, plot)));
        fitValueAxis(plot, months, limit.stream().toList());
        labelMissing(plot, months, PlotOrientation.VERTICAL, text);
        return finish(text, plot, false);
    }

    /**
     * Vertical bars each in its own colour, e.g. the days of a month coloured by AQI category.
     * The legend explains the colours; pass an empty list for none.
     */
    public JFreeChart colouredBars(ChartText text, List<ColouredValue> bars,
            Optional<ReferenceLine> limit, List<LegendEntry> legend) {
        return perBarColourChart(text, bars, limit, legend, PlotOrientation.VERTICAL);
    }

    /** Horizontal bars each in its own colour, e.g. river sections by water class. */
    public JFreeChart horizontalBars(ChartText text, List<ColouredValue> bars,
            Optional<ReferenceLine> limit, List<LegendEntry> legend) {
        return perBarColourChart(text, bars, limit, legend, PlotOrientation.HORIZONTAL);
    }

    private JFreeChart perBarColourChart(ChartText text, List<ColouredValue> bars,
            Optional<ReferenceLine> limit, List<LegendEntry> legend, PlotOrientation orientation) {
        List<ChartValue> values = bars.stream().map(ColouredValue::value).toList();
        DefaultCategoryDataset dataset = singleSeries("values", values);
        BarRenderer renderer = new PerItemColourBarRenderer(
                bars.stream().map(ColouredValue::colour).toList());
        renderer.setItemMargin(0);
        // A thin outline keeps pale category colours (e.g. AQI yellow) visible on white paper.
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(theme.text());
        if (bars.size() <= MAX_BARS_WITH_VALUE_LABELS) {
            if (orientation == PlotOrientation.HORIZONTAL) {
                showValueLabels(renderer, ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
            } else {
                showValueLabels(renderer, ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
            }
        }
        CategoryPlot plot = categoryPlot(text, dataset, renderer, orientation);
        limit.ifPresent(l -> plot.addRangeMarker(marker(l, theme.limitLine(), theme.limitStroke(), true, plot)));
        fitValueAxis(plot, values, limit.stream().toList());
        labelMissing(plot, values, orientation, text);
        if (!legend.isEmpty()) {
            LegendItemCollection items = new LegendItemCollection();
            for (LegendEntry entry : legend) {
                // Outlined swatch, for the same reason as the bar outlines.
                items.add(new LegendItem(entry.label(), null, null, null,
                        new java.awt.geom.Rectangle2D.Double(-5, -5, 10, 10), entry.colour(),
                        new java.awt.BasicStroke(0.5f), theme.text()));
            }
            plot.setFixedLegendItems(items);
        }
        return finish(text, plot, !legend.isEmpty());
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

    private CategoryPlot categoryPlot(ChartText text, DefaultCategoryDataset dataset,
            CategoryItemRenderer renderer, PlotOrientation orientation) {
        CategoryAxis categoryAxis = new CategoryAxis(blankToNull(text.categoryAxisLabel()));
        categoryAxis.setCategoryMargin(0.15);
        categoryAxis.setLowerMargin(0.02);
        categoryAxis.setUpperMargin(0.02);
        if (orientation == PlotOrientation.VERTICAL && dataset.getColumnCount() > 12) {
            // Many narrow categories (days): no room for two-line labels.
            categoryAxis.setMaximumCategoryLabelLines(1);
        } else {
            categoryAxis.setMaximumCategoryLabelLines(2);
        }
        categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        NumberAxis valueAxis = new NumberAxis(blankToNull(text.valueAxisLabel()));
        valueAxis.setStandardTickUnits(NumberAxis.createStandardTickUnits());
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(orientation);
        plot.setRangeGridlinesVisible(true);
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        // Values read along the bottom in horizontal charts too (JFreeChart puts them on top).
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        return plot;
    }

    private void showValueLabels(CategoryItemRenderer renderer, ItemLabelAnchor anchor, TextAnchor textAnchor) {
        NumberFormat format = new DecimalFormat("0.##");
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(theme.annotationFont());
        renderer.setDefaultItemLabelPaint(theme.text());
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(anchor, textAnchor));
    }

    private ValueMarker marker(ReferenceLine line, Color colour, java.awt.Stroke stroke, boolean labelAbove,
            CategoryPlot plot) {
        ValueMarker marker = new ValueMarker(line.value(), colour, stroke);
        // Opaque: archival PDFs are simpler and print predictably without transparency.
        marker.setAlpha(1.0f);
        marker.setLabel(line.label());
        marker.setLabelFont(theme.annotationFont());
        marker.setLabelPaint(colour);
        marker.setLabelBackgroundColor(theme.background());
        marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
        if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
            // A vertical line: label at its foot, to its right, inside the plot (above the
            // plot it would be clipped by the axis).
            marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        } else if (labelAbove) {
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        } else {
            marker.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        }
        return marker;
    }

    /**
     * Range from 0 (or the lowest negative value) to a little above the highest of the data
     * and the reference lines — markers alone do not widen JFreeChart's auto range, so a
     * limit above all data would otherwise be off the chart.
     */
    private static void fitValueAxis(CategoryPlot plot, List<ChartValue> values, List<ReferenceLine> references) {
        double max = 0;
        double min = 0;
        for (ChartValue v : values) {
            if (v.value().isPresent()) {
                max = Math.max(max, v.value().getAsDouble());
                min = Math.min(min, v.value().getAsDouble());
            }
        }
        for (ReferenceLine r : references) {
            max = Math.max(max, r.value());
            min = Math.min(min, r.value());
        }
        if (max == min) {
            max = min + 1;
        }
        // Headroom for the value labels above the tallest bar or point.
        double headroom = (max - min) * 0.15;
        plot.getRangeAxis().setRange(min < 0 ? min - headroom : 0, max + headroom);
    }

    private void labelMissing(CategoryPlot plot, List<ChartValue> values, PlotOrientation orientation, ChartText text) {
        if (text.missingLabel().isEmpty()) {
            return;
        }
        double base = Math.max(0, plot.getRangeAxis().getLowerBound());
        for (ChartValue v : values) {
            if (v.value().isPresent()) {
                continue;
            }
            CategoryTextAnnotation note = new CategoryTextAnnotation(text.missingLabel().get(), v.label(), base);
            note.setFont(theme.annotationFont());
            note.setPaint(theme.missingNotice());
            if (orientation == PlotOrientation.VERTICAL) {
                // Upright text would spill into the neighbouring categories; read bottom-up instead.
                note.setTextAnchor(TextAnchor.CENTER_LEFT);
                note.setRotationAnchor(TextAnchor.CENTER_LEFT);
                note.setRotationAngle(-Math.PI / 2);
            } else {
                note.setTextAnchor(TextAnchor.CENTER_LEFT);
            }
            plot.addAnnotation(note);
        }
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
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        if (text.sampleData()) {
            TextTitle notice = new TextTitle(ChartText.SAMPLE_NOTICE, theme.subtitleFont());
            notice.setPaint(theme.sampleNotice());
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

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
