package org.ecokiosk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficialTextTest {

    @Test
    void chinesePunctuationBecomesFullWidth() {
        assertEquals("全区优良天数312天，比例85.5%；目标：300天", OfficialText.punctuate("全区优良天数312天, 比例85.5%; 目标: 300天"));
        assertEquals("细颗粒物（PM2.5）年均浓度", OfficialText.punctuate("细颗粒物 (PM2.5) 年均浓度"));
        assertEquals("（2025年）", OfficialText.punctuate("(2025年)"));
        // after a number that a Chinese word leads, as in the plan's own notes
        assertEquals("表注1：*生态保护红线", OfficialText.punctuate("表注1:*生态保护红线"));
    }

    @Test
    void latinAndNumericPunctuationStays() {
        assertEquals("GB 3095-2012 (Grade II), 1:2", OfficialText.punctuate("GB 3095-2012 (Grade II), 1:2"));
        assertEquals("比例为1:2的样品", OfficialText.punctuate("比例为1:2的样品"));
        assertEquals("来源：https://www.cqspb.gov.cn/a", OfficialText.punctuate("来源: https://www.cqspb.gov.cn/a"));
        assertEquals("标准（GB 3096-2008）", OfficialText.punctuate("标准 (GB 3096-2008)"));
    }

    @Test
    void officialDate() {
        assertEquals("2026年10月31日", OfficialText.date(LocalDate.of(2026, 10, 31)));
        assertEquals("2025年1月5日", OfficialText.date(LocalDate.of(2025, 1, 5)));
    }

    @Test
    void formulasAndParticleSizesGetSubscriptsButOtherNumbersDoNot() {
        Paragraph p = OfficialText.paragraph("SO2、NO2和O3超标；PM2.5与PM10不变；HJ 633不变，GB 3095-2012，CO2.5与PM25、PM100不是", 10f);
        List<String> parts = p.getChildren().stream().map(c -> ((Text) c).getText()).toList();
        assertEquals(List.of("SO", "2", "、NO", "2", "和O", "3", "超标；PM", "2.5", "与PM", "10",
                "不变；HJ 633不变，GB 3095-2012，CO2.5与PM25、PM100不是"), parts);
        for (int i : new int[] {1, 7, 9}) {
            Text subscript = (Text) p.getChildren().get(i);
            assertEquals(-1.8f, subscript.<Float>getProperty(com.itextpdf.layout.properties.Property.TEXT_RISE), 1e-4);
            assertEquals(7f, subscript.<com.itextpdf.layout.properties.UnitValue>getProperty(
                    com.itextpdf.layout.properties.Property.FONT_SIZE).getValue(), 1e-4);
        }
    }

    @Test
    void textWithoutFormulasIsOneRun() {
        Paragraph p = OfficialText.paragraph("优良天数", 10f);
        assertEquals(1, p.getChildren().size());
    }
}
