package org.ecokiosk.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecokiosk.report.pdf.Sha256Sidecar;
import org.ecokiosk.snapshot.SnapshotReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class BulletinReportTest {
    private static byte[] pdf;

    @BeforeAll
    static void build() throws Exception {
        try (SnapshotReader snapshot = SnapshotReader.open(ReportFixtures.sampleSnapshot())) {
            long start = System.nanoTime();
            pdf = ReportBuilder.render(ReportRequest.bulletin(ReportFixtures.YEAR), snapshot);
            System.out.printf("bulletin: %d bytes, %d ms%n", pdf.length, (System.nanoTime() - start) / 1_000_000);
        }
        Path out = Path.of("target", "test-output", "bulletin.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        Files.writeString(out.resolveSibling("bulletin.txt"), ReportTexts.all(pdf));
    }

    @Test
    void isPdfA2uAndPdfUa1() {
        PdfValidation.assertCompliant(pdf, PDFAFlavour.PDFA_2_U);
        PdfValidation.assertCompliant(pdf, PDFAFlavour.PDFUA_1);
    }

    @Test
    void readsBackTheFiguresFedIn() {
        String text = ReportTexts.all(pdf);
        assertTrue(text.contains("优良天数" + ReportFixtures.GOOD_DAYS + "天"), "good days");
        assertTrue(text.contains("共有" + ReportFixtures.VALID_DAYS + "天有效监测日"), "valid days");
        assertTrue(text.contains("年均浓度为" + ReportFixtures.PM25_ANNUAL + "微克/立方米"), "PM2.5 annual mean");
        assertTrue(text.contains("优良天数比例94.5%"), "good-day ratio 345/365");
        // water: Jialing II meets II; Liangtan V misses IV, decided by ammonia nitrogen
        assertTrue(text.contains("嘉陵江沙坪坝区段12Ⅱ类优Ⅱ类达标"), "Jialing row");
        assertTrue(text.contains("梁滩河西西桥出境断面12Ⅴ类中度污染Ⅳ类未达标氨氮"), "Liangtan row");
        assertTrue(text.contains("水质达标率为100.0%"), "drinking water");
        assertTrue(text.contains("另有1个断面（水体）本年无监测数据"), "unmonitored sections said plainly");
        // noise: regional day mean 54.2 is grade 2, night 46.1 grade 3; zone 1 night 47 exceeds 45
        assertTrue(text.contains("区域声环境昼间2" + "54.2二级（较好）"), "regional day");
        assertTrue(text.contains("区域声环境夜间146.1三级（一般）"), "regional night");
        assertTrue(text.contains("1类夜间147.0450/1超标"), "zone 1 night");
        assertTrue(text.contains("点次达标率50.0%"), "zone compliance 2 of 4");
        assertTrue(text.contains("森林覆盖率%32.933.1上升0.2个百分点"), "green space with its 同比 in points");
        assertTrue(text.contains("井口污水处理厂污水处理沙坪坝区井口镇2次"), "open facility");
    }

    @Test
    void chaptersComeInTheBulletinsOrderWithADataTableForEachChart() {
        String text = ReportTexts.all(pdf);
        int air = text.indexOf("一、大气环境");
        int water = text.indexOf("二、水环境");
        int noise = text.indexOf("三、声环境");
        int green = text.indexOf("四、生态环境与绿地");
        int ecology = text.indexOf("五、生态保护红线、自然保护地、土壤与固体废物");
        int measures = text.indexOf("六、主要措施");
        int plan = text.indexOf("七、规划目标进展");
        int overview = text.indexOf("综述");
        assertTrue(overview > 0 && overview < air && air < water && water < noise && noise < green && green < ecology
                && ecology < measures && measures < plan, "chapter order: 综述, 大气, 水, 声, 生态, 主要措施, 规划");
        for (String figureData : List.of("各月PM2.5、O3浓度与优良天数（图数据）", "PM2.5年均浓度与优良天数（图数据）",
                "地表水断面水质（图数据）", "功能区声环境（图数据）")) {
            assertTrue(text.contains(figureData), figureData);
        }
        assertTrue(text.contains("201553—规划文本"), "2015 trend row from the plan text: 53");
    }

    @Test
    void airChapterHasLevelsHeavyDaysCompositeIndexStationsAndSaysWhatItLacks() {
        String text = ReportTexts.all(pdf);
        // 345 good days of 365; the 20 January days at PM2.5 100 are 三级 (IAQI 133)
        assertTrue(text.contains("优良天数合计" + ReportFixtures.GOOD_DAYS), "good-day total row");
        assertTrue(text.contains("重污染天数（重度及以上）0"), "heavy pollution days row");
        assertTrue(text.contains("三级（轻度污染）20"), "level 3 days");
        assertTrue(text.contains("环境空气质量综合指数为"), "composite index");
        assertTrue(text.contains("上年无数据"), "2024 has no data: said plainly");
        assertTrue(text.contains("各监测点位空气质量"), "per-station table");
        assertTrue(text.contains("O3日最大8小时平均浓度月均值"), "O3 monthly chart");
        assertTrue(text.contains("没有降水（酸雨）监测和降尘监测数据"), "no precipitation or dust data, said honestly");
        assertTrue(text.contains("主要措施尚未提供"), "no officer's measures imported");
        // 2024 has no water samples: one sentence, not a table of "无数据" rows
        assertTrue(text.contains("2024年各断面（水体）均无水质监测数据，2025年的水质类别不作同比"), "water classes year on year");
        assertFalse(text.contains("地表水断面水质类别同比"), "no table of empty comparisons");
        assertTrue(text.contains("没有入境、出境断面的分别监测"), "Jialing inflow/outflow: no such sections, said plainly");
        assertTrue(text.contains("本年度不作营养状态评价"), "no trophic-state parameters, said plainly");
        assertTrue(text.contains("（一）生态保护红线与自然保护地") && text.contains("（三）固体废物"), "ecology topics");
    }

    @Test
    void sampleBannerAndPageNumberOnEveryPage() {
        ReportTexts.assertBannerAndPageNumberOnEveryPage(pdf);
    }

    @Test
    void sameSnapshotGivesSameBytesAndWritesTheSidecar(@TempDir Path dir) throws Exception {
        try (SnapshotReader snapshot = SnapshotReader.open(ReportFixtures.sampleSnapshot())) {
            BuiltReport built = ReportBuilder.write(ReportRequest.bulletin(ReportFixtures.YEAR), snapshot, dir);
            assertEquals(dir.resolve("2025-bulletin.pdf"), built.pdf());
            assertArrayEquals(pdf, Files.readAllBytes(built.pdf()));
            assertEquals(built.sha256() + "  2025-bulletin.pdf\n", Files.readString(built.sha256File()));
            assertEquals(Sha256Sidecar.sha256Hex(pdf), built.sha256());
            assertTrue(built.sampleData());
        }
    }

    @Test
    void aYearWithoutMonitoringSaysSoInsteadOfOmittingTheChapters() throws IOException {
        byte[] empty;
        try (SnapshotReader snapshot = SnapshotReader.open(ReportFixtures.sampleSnapshot())) {
            empty = ReportBuilder.render(ReportRequest.bulletin(2022), snapshot);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        String text = ReportTexts.all(empty);
        assertTrue(text.contains("2022年尚无环境空气质量监测数据"), "air");
        assertTrue(text.contains("2022年尚无地表水断面的监测数据"), "water");
        assertTrue(text.contains("2022年尚无声环境监测数据"), "noise");
        assertTrue(text.contains("2022年尚无绿地指标数据"), "green");
        // software words stay out of public text
        assertFalse(text.contains("快照"), "快照");
    }
}
