package org.ecokiosk.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.disclosure.DisclosureFiles;
import org.ecokiosk.model.disclosure.ApplicantColumn;
import org.ecokiosk.model.disclosure.ApplicationRow;
import org.ecokiosk.model.disclosure.DisclosureData;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The 政府信息公开工作年度报告 from the sample input (the test copy of the shipped disclosure/2025.csv). */
class DisclosureReportTest {
    static final Path SAMPLE_CSV = Fixtures.content("disclosure/2025.csv");
    private static DisclosureData data;
    private static byte[] pdf;

    @BeforeAll
    static void build() throws Exception {
        data = DisclosureFiles.read(SAMPLE_CSV, 2025);
        try (SnapshotReader snapshot = SnapshotReader.open(ReportFixtures.officialSnapshot())) {
            pdf = ReportBuilder.render(ReportRequest.disclosure(data), snapshot);
        }
        Path out = Path.of("target", "test-output", "disclosure.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        Files.writeString(out.resolveSibling("disclosure.txt"), ReportTexts.all(pdf));
    }

    @Test
    void isPdfA2uAndPdfUa1() {
        PdfValidation.assertCompliant(pdf, PDFAFlavour.PDFA_2_U);
        PdfValidation.assertCompliant(pdf, PDFAFlavour.PDFUA_1);
    }

    @Test
    void sampleInputIsReadWithItsTotals() {
        assertTrue(data.sample(), "the shipped example is marked sample");
        assertEquals(58, data.figures().applications().get(ApplicationRow.NEW, ApplicantColumn.TOTAL));
        assertEquals(60, data.figures().applications().get(ApplicationRow.RESULTS_TOTAL, ApplicantColumn.TOTAL));
        assertEquals("重庆市沙坪坝区生态环境局", data.text().organ());
    }

    @Test
    void sixSectionsInTheFormatsOrderWithTheFormsRowsAndColumns() {
        String text = ReportTexts.all(pdf);
        List<String> sections = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
        int last = -1;
        for (String s : sections) {
            int at = text.indexOf(s);
            assertTrue(at > last, s + " in order");
            last = at;
        }
        for (String label : List.of("第二十条第（一）项", "行政规范性文件", "本年收费金额（单位：万元）", "申请人情况",
                "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "三、本年度办理结果",
                "（三）不予公开", "8.属于行政查询事项", "（六）其他处理", "（七）总计", "四、结转下年度继续办理",
                "未经复议直接起诉", "复议后起诉", "尚未审结")) {
            assertTrue(text.contains(ReportTexts.squeeze(label)), label);
        }
        // 一、本年新收: 48 6 1 0 2 1, total 58; (七) 总计 row: 49 7 1 0 2 1, total 60
        assertTrue(text.contains("一、本年新收政府信息公开申请数量4861021" + "58"), "new applications row");
        assertTrue(text.contains("（七）总计4971021" + "60"), "results total row");
        assertTrue(text.contains("【示例文字】2025年，本局深入贯彻"), "overview text from the Markdown");
    }

    @Test
    void bannerFromTheSampleFlagAndReproducible() throws Exception {
        ReportTexts.assertBannerAndPageNumberOnEveryPage(pdf);
        try (SnapshotReader snapshot = SnapshotReader.open(ReportFixtures.officialSnapshot())) {
            assertArrayEquals(pdf, ReportBuilder.render(ReportRequest.disclosure(DisclosureFiles.read(SAMPLE_CSV, 2025)),
                    snapshot));
        }
    }

    @Test
    void figuresThatDoNotAddUpAreRefusedWithRowColumnAndLine(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("2025.csv");
        List<String> lines = Files.readAllLines(SAMPLE_CSV, StandardCharsets.UTF_8);
        int changed = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("三,三(七),自然人,49,")) {
                lines.set(i, lines.get(i).replace(",49,", ",50,"));
                changed = i + 1;
            }
        }
        assertTrue(changed > 0);
        Files.write(csv, lines, StandardCharsets.UTF_8);
        Files.copy(DisclosureFiles.textBeside(SAMPLE_CSV), dir.resolve("2025.md"));

        ImportFailedException e = assertThrows(ImportFailedException.class, () -> DisclosureFiles.read(csv, 2025));
        Problem first = e.problems().get(0);
        assertEquals(changed, first.line(), e.getMessage());
        assertTrue(e.getMessage().contains("三(七)") && e.getMessage().contains("自然人"), e.getMessage());

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = org.ecokiosk.cli.CliAccess.run(new PrintWriter(out), new PrintWriter(err), "report", "--year", "2025",
                "--kind", "disclosure", "--snapshot", ReportFixtures.officialSnapshot().toString(), "--out",
                dir.resolve("out").toString(), "--disclosure-data", csv.toString(),
                "--audit-log", dir.resolve("audit.jsonl").toString());
        assertEquals(1, exit, err.toString());
        assertTrue(err.toString().contains(csv + ":" + changed), err.toString());
        assertTrue(err.toString().contains("“三(七)”行 “自然人”列"), err.toString());
        assertFalse(Files.exists(dir.resolve("out").resolve("2025-disclosure.pdf")), "nothing written");
    }
}
