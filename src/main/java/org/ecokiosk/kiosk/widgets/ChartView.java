package org.ecokiosk.kiosk.widgets;

import org.ecokiosk.charts.ChartTheme;
import org.ecokiosk.charts.EcoChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/** A chart from the shared factory on a touch screen: sized by CSS, no zoom, pan, tooltip or menu. */
public final class ChartView {
    private ChartView() {
    }

    public static ChartViewer of(String id, JFreeChart chart) {
        ChartViewer viewer = new ChartViewer(chart, false);
        viewer.setId(id);
        viewer.getStyleClass().add("env-chart");
        viewer.getCanvas().setDomainZoomable(false);
        viewer.getCanvas().setRangeZoomable(false);
        viewer.getCanvas().setTooltipEnabled(false);
        // the finger drags the page, not the chart
        viewer.setMouseTransparent(true);
        return viewer;
    }

    /**
     * The chart factory at the page's text size and contrast: the same factory the PDFs use, with
     * screen sizes, the high-contrast palette when the kiosk is in 高对比度, and sample data marked
     * in the page's own words.
     */
    public static EcoChartFactory factory(double rootFontSize, boolean highContrast, String sampleNotice) {
        ChartTheme palette = highContrast ? ChartTheme.highContrast() : ChartTheme.forScreen();
        return new EcoChartFactory(palette.withBaseSize((float) (rootFontSize * 0.9)), sampleNotice);
    }
}
