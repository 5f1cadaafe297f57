package org.ecokiosk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.ecokiosk.charts.ChartSamples;
import org.ecokiosk.charts.ChartTheme;
import org.ecokiosk.charts.EcoChartFactory;
import org.junit.jupiter.api.Test;

/**
 * Where pages break before a figure or inside a table: a chart kept with its heading is drawn
 * lower rather than leave most of a page empty, and a table breaks between rows with at least
 * two rows on either side — for every amount of text before them.
 */
class PageBreaksTest {
    private static final float CHART_HEIGHT = 210f;
    private static final PageGeometry PAGE = PageGeometry.a4();

    /** Text lines of a document by page: page → (y from the top of the page → line text). */
    private static List<TreeMap<Float, String>> lines(byte[] pdf) throws IOException {
        List<TreeMap<Float, String>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                TreeMap<Float, String> page = new TreeMap<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        if (!positions.isEmpty()) {
                            page.merge(positions.get(0).getYDirAdj(), text, String::concat);
                        }
                    }
                };
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                stripper.getText(doc);
                pages.add(page);
            }
        }
        return pages;
    }

    /** How far below its last body line page {@code index}'s body ends, in points. */
    private static float emptyBelow(TreeMap<Float, String> page) {
        float last = page.entrySet().stream().filter(e -> !e.getValue().contains("页 /") && !e.getValue().contains("示例数据"))
                .map(java.util.Map.Entry::getKey).max(Float::compare).orElse(0f);
        return PAGE.pageSize().getHeight() - PAGE.bottom() - last;
    }

    private static int pageOf(List<TreeMap<Float, String>> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).values().stream().anyMatch(l -> l.contains(text))) {
                return i;
            }
        }
        throw new AssertionError("not in the document: " + text);
    }

    private static void filler(ArchivalPdf doc, int lines) {
        doc.h1("分页测试");
        doc.h2("一、正文");
        for (int i = 1; i <= lines; i++) {
            doc.paragraph("填充段落第" + i + "行。");
        }
    }

    @Test
    void aChartKeptWithItsHeadingNeverLeavesMostOfAPageEmpty() throws IOException {
        EcoChartFactory charts = new EcoChartFactory(ChartTheme.forPrint());
        boolean moved = false;
        for (int lines = 16; lines <= 30; lines += 2) {
            int n = lines;
            byte[] pdf = ArchivalPdf.build(SampleReport.settings(), doc -> {
                filler(doc, n);
                doc.h3("（五）月度变化");
                doc.chart(charts.monthlyBars(ChartSamples.pm25Text(), "PM2.5", ChartSamples.monthlyPm25(), Optional.empty()),
                        doc.contentWidth(), CHART_HEIGHT, "柱状图：各月浓度。", "图 1 测试图");
                doc.paragraph("图后正文。");
            });
            List<TreeMap<Float, String>> pages = lines(pdf);
            if (pageOf(pages, "图 1 测试图") > 0) {
                moved = true;
                // moved to the next page only when even the lowest chart did not fit
                float empty = emptyBelow(pages.get(0));
                assertTrue(empty < CHART_HEIGHT * FittingChartRenderer.MIN_SCALE + 70f,
                        n + " lines: " + empty + " pt left empty before a chart of " + CHART_HEIGHT + " pt");
            }
        }
        assertTrue(moved, "the filler must push the figure to a second page at least once");
    }

    @Test
    void aTableBreaksBetweenRowsWithoutAnOrphanOrWidowRow() throws IOException {
        boolean split = false;
        for (int lines = 9; lines <= 15; lines++) {
            int n = lines;
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r <= 10; r++) {
                rows.add(List.of("数据" + r + "号", String.valueOf(r)));
            }
            byte[] pdf = ArchivalPdf.build(SampleReport.settings(), doc -> {
                filler(doc, n);
                doc.table(new DataTable("表 1 测试表", List.of("行", "值"), rows, true, List.of(2f, 1f)));
            });
            List<TreeMap<Float, String>> pages = lines(pdf);
            int start = pageOf(pages, "数据1号");
            int onFirst = 0;
            for (int r = 1; r <= 10; r++) {
                if (pageOf(pages, "数据" + r + "号") == start) {
                    onFirst++;
                }
            }
            boolean whole = onFirst == 10;
            assertTrue(whole || onFirst >= RowBalancedTableRenderer.MIN_ROWS && 10 - onFirst >= RowBalancedTableRenderer.MIN_ROWS,
                    n + " lines: " + onFirst + " of 10 rows before the break");
            if (!whole) {
                split = true;
                // the header repeats on the next page
                assertEquals(1, pages.get(start + 1).values().stream().filter(l -> l.replace(" ", "").startsWith("行值")).count(),
                        "header on the continuation page");
            }
            if (start > 0 && pageOf(pages, "填充段落第" + n + "行") == start - 1) {
                // the whole table moved: only when fewer than MIN_ROWS rows fitted (caption, header, two rows and the
                // last text line are about 120 pt)
                assertTrue(emptyBelow(pages.get(start - 1)) < 140f, n + " lines: the whole table moved and left "
                        + emptyBelow(pages.get(start - 1)) + " pt empty");
            }
        }
        assertTrue(split, "the filler must split the table at least once");
    }

    @Test
    void aTallFirstRowStartsItsTableAtAPagesFoot() throws IOException {
        boolean oneRowStarted = false;
        for (int lines = 12; lines <= 19; lines++) {
            int n = lines;
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r <= 6; r++) {
                rows.add(List.of("数据" + r + "号", "第一行\n第二行\n第三行\n第四行"));
            }
            byte[] pdf = ArchivalPdf.build(SampleReport.settings(), doc -> {
                filler(doc, n);
                doc.table(new DataTable("表 1 测试表", List.of("行", "值"), rows, true, List.of(1f, 1f)));
            });
            List<TreeMap<Float, String>> pages = lines(pdf);
            int start = pageOf(pages, "数据1号");
            int last = pageOf(pages, "填充段落第" + n + "行");
            if (start == last && pageOf(pages, "数据2号") > start) {
                oneRowStarted = true;
            }
            if (start > last) {
                // moved whole: only when not even its first row fitted under the caption and header
                // (together about 135 pt below the last text line); held back for want of a second row,
                // it left 180 pt and more
                assertTrue(emptyBelow(pages.get(last)) < 160f, n + " lines: the whole table moved and left "
                        + emptyBelow(pages.get(last)) + " pt empty");
            }
        }
        assertTrue(oneRowStarted, "a row of four lines is enough to start a table at a page's foot");
    }
}
