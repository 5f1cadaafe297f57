package org.ecokiosk.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

class SubscriptsTest {

    @Test
    void formulasAndParticleSizesAreSubscriptedOtherNumbersAreNot() {
        assertEquals(List.of(new Subscripts.Run("PM", false), new Subscripts.Run("2.5", true),
                new Subscripts.Run("与PM", false), new Subscripts.Run("10", true), new Subscripts.Run("、O", false),
                new Subscripts.Run("3", true), new Subscripts.Run("；GB 3095-2012，PM25，CO2", false)),
                Subscripts.runs("PM2.5与PM10、O3；GB 3095-2012，PM25，CO2"));
        assertEquals(List.of(new Subscripts.Run("", false)), Subscripts.runs(""));
        assertFalse(Subscripts.any("优良天数"));
    }

    @Test
    void aValueAxisTitleCarriesItsSubscriptsInTheFontTheThemeGaveIt() {
        EcoChartFactory charts = new EcoChartFactory(ChartTheme.forPrint());
        List<ChartValue> months = new java.util.ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(ChartValue.of(m + "月", 10 * m));
        }
        JFreeChart chart = charts.monthlyBars(new ChartText("", "月份", "PM2.5 月均浓度 μg/m³", Optional.empty(), false),
                "PM2.5", months, Optional.empty());
        ValueAxis axis = ((CategoryPlot) chart.getPlot()).getRangeAxis();
        assertEquals("PM2.5 月均浓度 μg/m³", axis.getLabel(), "the plain title stays for whoever reads it");
        AttributedCharacterIterator it = axis.getAttributedLabel().getIterator();
        it.setIndex(0);
        Font letters = (Font) it.getAttribute(TextAttribute.FONT);
        it.setIndex(2);
        Font digits = (Font) it.getAttribute(TextAttribute.FONT);
        assertEquals(axis.getLabelFont().getFamily(), letters.getFamily());
        assertEquals(axis.getLabelFont().getSize2D(), letters.getSize2D(), 1e-3);
        assertNull(letters.getAttributes().get(TextAttribute.SUPERSCRIPT));
        assertEquals(TextAttribute.SUPERSCRIPT_SUB, digits.getAttributes().get(TextAttribute.SUPERSCRIPT));
        it.setIndex(6);
        assertNull(((Font) it.getAttribute(TextAttribute.FONT)).getAttributes().get(TextAttribute.SUPERSCRIPT));

        JFreeChart plain = charts.monthlyBars(new ChartText("", "月份", "优良天数 天", Optional.empty(), false),
                "优良天数", months, Optional.empty());
        assertNull(((CategoryPlot) plain.getPlot()).getRangeAxis().getAttributedLabel());
        assertNotNull(axis.getLabelFont());
        assertTrue(Subscripts.any(axis.getLabel()));
    }
}
