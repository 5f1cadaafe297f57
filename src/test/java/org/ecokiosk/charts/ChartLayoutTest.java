package org.ecokiosk.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Layout rules: axis range, room for labels, reference labels clear of the data, upright notes. */
class ChartLayoutTest {

    private static ChartTheme theme(String name) {
        return name.equals("screen") ? ChartTheme.forScreen() : ChartTheme.forPrint();
    }

    private static Rectangle2D draw(JFreeChart chart, String theme, ChartRenderingInfo info) {
        if (theme.equals("screen")) {
            chart.createBufferedImage(860, 360, info);
        } else {
            chart.createBufferedImage(900, 522, 450, 261, info);
        }
        return info.getPlotInfo().getDataArea();
    }

    private static JFreeChart goodDays(String theme, Optional<ReferenceLine> limit) {
        ChartText text = new ChartText("优良天数", "年份", "天", Optional.of("缺测 / n/a"), false);
        return new EcoChartFactory(theme(theme)).yearlyTrend(text, "优良天数", ChartGalleryTest.goodDays(),
                new ReferenceLine("规划目标 ≥ 300", 300), limit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"screen", "print"})
    void lineChartAxisHugsTheDataInsteadOfStartingAtZero(String theme) {
        JFreeChart chart = goodDays(theme, Optional.empty());
        Range before = ((CategoryPlot) chart.getPlot()).getRangeAxis().getRange();
        assertTrue(before.getLowerBound() > 200 && before.getLowerBound() < 281, "lower bound " + before);
        draw(chart, theme, new ChartRenderingInfo());
        Range range = ((CategoryPlot) chart.getPlot()).getRangeAxis().getRange();
        assertTrue(range.getLowerBound() > 200 && range.getLowerBound() < 281, "lower bound " + range);
        // The data fill most of the height: 281..314 is at least half of the axis.
        assertTrue((314 - 281) / range.getLength() > 0.5, "data squashed into " + range);
    }

    @ParameterizedTest
    @ValueSource(strings = {"screen", "print"})
    void rangeHoldsTheHighestLabelAndALimitAboveTheData(String theme) {
        JFreeChart chart = goodDays(theme, Optional.of(new ReferenceLine("上限 330", 330)));
        ChartRenderingInfo info = new ChartRenderingInfo();
        Rectangle2D dataArea = draw(chart, theme, info);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        Range range = plot.getRangeAxis().getRange();
        assertTrue(range.contains(330) && range.contains(281), "range " + range);
        // The label of the highest point (314) must fit above the point inside the data area...
        double y314 = plot.getRangeAxis().valueToJava2D(314, dataArea, RectangleEdge.LEFT);
        double labelHeight = ReferenceLabelLayout.lineHeight(theme(theme).annotationFont());
        assertTrue(y314 - labelHeight > dataArea.getMinY(), "label of 314 would be clipped");
        // ... and so must that of the limit-defining max when no line is above it.
        JFreeChart plain = goodDays(theme, Optional.empty());
        Rectangle2D area2 = draw(plain, theme, new ChartRenderingInfo());
        CategoryPlot plot2 = (CategoryPlot) plain.getPlot();
        double top = plot2.getRangeAxis().valueToJava2D(314, area2, RectangleEdge.LEFT);
        assertTrue(top - labelHeight - 2 > area2.getMinY(), "no headroom above 314: " + plot2.getRangeAxis().getRange());
    }

    @ParameterizedTest
    @ValueSource(strings = {"screen", "print"})
    void barChartsStillStartAtZero(String theme) {
        JFreeChart chart = new EcoChartFactory(theme(theme)).monthlyBars(ChartSamples.pm25Text(), "PM2.5",
                ChartSamples.monthlyPm25(), Optional.of(new ReferenceLine("限值 75", 75)));
        draw(chart, theme, new ChartRenderingInfo());
        Range range = ((CategoryPlot) chart.getPlot()).getRangeAxis().getRange();
        assertEquals(0, range.getLowerBound(), 1e-9);
        assertTrue(range.getUpperBound() > 75);
    }

    @ParameterizedTest
    @ValueSource(strings = {"screen", "print"})
    void referenceLabelsStayClearOfTheFirstCategoryAndEveryPoint(String theme) {
        JFreeChart chart = new EcoChartFactory(theme(theme)).yearlyTrend(ChartSamples.pm25Text(), "PM2.5",
                ChartSamples.pm25Years(), new ReferenceLine("规划目标 ≤ 34 / target", 34),
                Optional.of(new ReferenceLine("GB 3095 二级 35", 35)));
        ChartRenderingInfo info = new ChartRenderingInfo();
        Rectangle2D dataArea = draw(chart, theme, info);
        EcoCategoryPlot plot = (EcoCategoryPlot) chart.getPlot();
        List<Rectangle2D> labels = plot.lastReferenceLabelBounds();
        assertEquals(2, labels.size());
        CategoryAxis axis = plot.getDomainAxis();
        double firstCategoryEnd = axis.getCategoryEnd(0, 11, dataArea, RectangleEdge.BOTTOM);
        List<Rectangle2D> points = new ArrayList<>();
        info.getEntityCollection().getEntities().forEach(e -> {
            if (e instanceof CategoryItemEntity item) {
                points.add(item.getArea().getBounds2D());
            }
        });
        assertEquals(10, points.size());
        for (Rectangle2D label : labels) {
            assertTrue(label.getMinX() > firstCategoryEnd, "label over the first category: " + label);
            assertTrue(label.getMinX() >= dataArea.getMaxX(), "label inside the data area: " + label);
            for (Rectangle2D p : points) {
                assertFalse(label.intersects(p), "label " + label + " covers point " + p);
            }
        }
        assertFalse(labels.get(0).intersects(labels.get(1)), "the two labels overlap");
        // Upper line (35, the limit) keeps the upper label.
        double yLimit = plot.getRangeAxis().valueToJava2D(35, dataArea, RectangleEdge.LEFT);
        Rectangle2D upper = labels.get(0).getMinY() < labels.get(1).getMinY() ? labels.get(0) : labels.get(1);
        assertTrue(Math.abs(upper.getCenterY() - yLimit) < Math.abs(upper.getCenterY()
                - plot.getRangeAxis().valueToJava2D(34, dataArea, RectangleEdge.LEFT)) + 20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"screen", "print"})
    void valueLabelsMoveOffALineThatWouldCrossThem(String theme) {
        JFreeChart chart = goodDays(theme, Optional.empty());
        draw(chart, theme, new ChartRenderingInfo());
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        // 299 sits just under the 300 line: its label above would be crossed by it.
        int col299 = plot.getDataset().getColumnIndex("2018");
        assertEquals(ItemLabelAnchor.OUTSIDE6, plot.getRenderer().getPositiveItemLabelPosition(0, col299).getItemLabelAnchor());
        int col281 = plot.getDataset().getColumnIndex("2015");
        assertEquals(ItemLabelAnchor.OUTSIDE12, plot.getRenderer().getPositiveItemLabelPosition(0, col281).getItemLabelAnchor());
    }

    @ParameterizedTest
    @ValueSource(strings = {"screen", "print"})
    void missingNoteIsUprightAndInsideItsColumn(String theme) {
        ChartText text = new ChartText("AQI", "日", "AQI", Optional.of("缺测"), false);
        JFreeChart chart = new EcoChartFactory(theme(theme)).colouredBars(text, ChartSamples.dailyAqi(),
                Optional.empty(), List.of());
        ChartRenderingInfo info = new ChartRenderingInfo();
        Rectangle2D dataArea = draw(chart, theme, info);
        EcoCategoryPlot plot = (EcoCategoryPlot) chart.getPlot();
        assertTrue(plot.getAnnotations().isEmpty(), "no rotated text annotation any more");
        Rectangle2D note = plot.lastMissingLabelBounds().get(0);
        int day9 = plot.getDataset().getColumnIndex("9");
        double start = plot.getDomainAxis().getCategoryStart(day9, 31, dataArea, RectangleEdge.BOTTOM);
        double end = plot.getDomainAxis().getCategoryEnd(day9, 31, dataArea, RectangleEdge.BOTTOM);
        assertTrue(note.getMinX() >= start - 0.5 && note.getMaxX() <= end + 0.5, note + " outside " + start + ".." + end);
        assertTrue(note.getHeight() > note.getWidth(), "narrow column: characters stacked");
    }

}
