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
import org.ecokiosk.report.pdf.LaidOutLines;
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
    void endsWithItsSourcesAppendixNamingWhereEachTablesFiguresComeFrom() {
        String text = ReportTexts.all(pdf);
        int at = text.lastIndexOf("附录数据来源与方法");
        assertTrue(at > text.indexOf("六、其他需要报告的事项"), "the appendix comes last");
        String appendix = text.substring(at);
        for (String table : List.of("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况")) {
            assertTrue(appendix.contains(table), table + " traced");
        }
        // the shipped example is sample data: the origin says so
        assertTrue(appendix.contains("示例数据"), "origin");
        assertTrue(appendix.contains("（" + ApplicationRow.values().length * ApplicantColumn.values().length + "个）"),
                "figures of table 三 counted");
    }

    @Test
    void theLongTitleBreaksAfterTheIssuingBodyNotBeforeItsLastWord() throws Exception {
        List<String> top = LaidOutLines.byPage(pdf).get(0).stream().map(LaidOutLines.Line::text)
                .map(String::strip).filter(t -> !t.contains("sample data")).limit(2).toList();
        assertEquals(List.of("重庆市沙坪坝区生态环境局", "2025年政府信息公开工作年度报告"), top,
                "the title in two lines as official documents set it, never '报告' alone");
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

    /**
     * Real reports let the first form flow: kept whole, table 二 left a third of page 1 empty.
     * It breaks only before a 第二十条 item and table 三 only before a row of its own or a group,
     * so no label is parted from its rows.
     */
    @Test
    void formsFlowAcrossPagesWithoutPartingALabelFromItsRows() throws Exception {
        List<List<LaidOutLines.Line>> pages = LaidOutLines.byPage(pdf);
        float body = LaidOutLines.bodyHeight();
        for (int p = 0; p < pages.size() - 1; p++) {
            assertTrue(LaidOutLines.emptyBelow(pages.get(p)) < body * 0.15f,
                    "page " + (p + 1) + " leaves " + LaidOutLines.emptyBelow(pages.get(p)) + " pt empty");
        }
        List<List<String>> blocks = List.of(
                List.of("第二十条第（一）项", "本年制发件数", "规章", "行政规范性文件"),
                List.of("第二十条第（五）项", "本年处理决定数量", "行政许可"),
                List.of("第二十条第（六）项", "行政处罚", "行政强制"),
                List.of("第二十条第（八）项", "本年收费金额（单位：万元）", "行政事业性收费"),
                List.of("（三）不予", "1.属于国家秘密", "4.保护第三方合法权益", "8.属于行政查询事项"),
                List.of("（四）无法", "1.本机关不掌握相关政府信息", "3.补正后申请内容仍不明确"),
                List.of("（五）不予", "1.信访举报投诉类申请", "5.要求行政机关确认"),
                List.of("（六）其他", "1.申请人无正当理由", "3.其他"));
        for (List<String> block : blocks) {
            int page = pageOf(pages, block.get(0));
            for (String row : block) {
                assertEquals(page, pageOf(pages, row), row + " on the page of " + block.get(0));
            }
        }
    }

    private static int pageOf(List<List<LaidOutLines.Line>> pages, String text) {
        String wanted = ReportTexts.squeeze(text);
        for (int i = 0; i < pages.size(); i++) {
            String page = ReportTexts.squeeze(String.join("", pages.get(i).stream().map(LaidOutLines.Line::text).toList()));
            if (page.contains(wanted)) {
                return i;
            }
        }
        throw new AssertionError("not in the report: " + text);
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
