package org.ecokiosk.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ecokiosk.snapshot.SnapshotReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PlanProgressReportTest {
    private static byte[] pdf;

    @BeforeAll
    static void build() throws Exception {
        try (SnapshotReader snapshot = SnapshotReader.open(ReportFixtures.sampleSnapshot())) {
            pdf = ReportBuilder.render(ReportRequest.planProgress(ReportFixtures.YEAR), snapshot);
        }
        Path out = Path.of("target", "test-output", "plan-progress.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        Files.writeString(out.resolveSibling("plan-progress.txt"), ReportTexts.all(pdf));
    }

    @Test
    void isPdfA2uAndPdfUa1() {
        PdfValidation.assertCompliant(pdf, PDFAFlavour.PDFA_2_U);
        PdfValidation.assertCompliant(pdf, PDFAFlavour.PDFUA_1);
    }

    @Test
    void everyIndicatorWithBothViews() {
        String text = ReportTexts.all(pdf);
        // figures table: baseline, latest (year), target
        assertTrue(text.contains("9.国控点细颗粒物（PM2.5）浓度µg/m³约束性30" + ReportFixtures.PM25_ANNUAL + "（2025）*≤34"),
                "PM2.5 row");
        // green coverage: 2023 value 37 behind the path 38.6 → at risk mid-term; 2025 value 40.2 → met
        assertTrue(text.contains("4.城市建成区绿化覆盖率存在风险37（2023）*38.6已达到40.2（2025）*"),
                "green coverage views");
        // cumulative CO2 reduction: 10 in 2023 against 9.6 on the path from 0 → on track
        assertTrue(text.contains("按进度推进10（2023）*9.6"), "cumulative on track");
        assertTrue(text.contains("目标待市级下达"), "target left to the city");
        assertTrue(text.contains("梁滩河暂无数据——未达到V（2025）*"), "Liangtan: no mid-term value, misses IV in 2025");
        assertTrue(text.contains("路径值=基准值+（目标值−基准"), "method written out");
    }

    @Test
    void thePlanAsThePlanWritesIt() {
        String text = ReportTexts.all(pdf);
        assertTrue(text.contains("第10项分嘉陵江、梁滩河2行列示"), "row 10 split said");
        assertTrue(text.matches("(?s).*\\d大类\\d+项指标（其中约束性指标\\d+项）.*"), "the plan's count notation");
        assertTrue(text.contains("约束性[16.5]"), "cumulative baseline in brackets");
        assertTrue(text.contains("[16]"), "cumulative target in brackets");
        assertTrue(!text.contains("（累计）"), "no home-made cumulative label");
        assertTrue(text.contains("备注"), "remarks column");
        assertTrue(text.contains("5.由于成立高新区") && text.contains("6.2020年空气质量指标值受新冠肺炎疫情"), "notes 5 and 6");
        assertTrue(text.contains("（空白）按IV类评价，见注"), "Liangtan's blank cell shown as blank");
        assertTrue(text.contains("这是本报告的推断，并非规划所列数值"), "reasoning printed");
    }

    @Test
    void bannerOnEveryPageAndReproducible() throws Exception {
        ReportTexts.assertBannerAndPageNumberOnEveryPage(pdf);
        try (SnapshotReader snapshot = SnapshotReader.open(ReportFixtures.sampleSnapshot())) {
            assertArrayEquals(pdf, ReportBuilder.render(ReportRequest.planProgress(ReportFixtures.YEAR), snapshot));
        }
    }

    @Test
    void officialDataCarriesNoBanner() throws Exception {
        try (SnapshotReader snapshot = SnapshotReader.open(ReportFixtures.officialSnapshot())) {
            byte[] official = ReportBuilder.render(ReportRequest.planProgress(ReportFixtures.YEAR), snapshot);
            ReportTexts.assertNoBanner(official);
        }
    }
}
