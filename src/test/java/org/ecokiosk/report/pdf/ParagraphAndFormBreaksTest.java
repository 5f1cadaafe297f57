package org.ecokiosk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Where pages break inside a paragraph or a prescribed form, for every amount of text before
 * them: a paragraph never leaves one line alone on a page, and a form breaks only before the
 * rows it names, each block's header rows on the page of its rows.
 */
class ParagraphAndFormBreaksTest {

    private static void filler(ArchivalPdf doc, int lines) {
        doc.h1("分页测试");
        for (int i = 1; i <= lines; i++) {
            doc.smallPrint("填充第" + i + "行。");
        }
    }

    @Test
    void aParagraphNeverLeavesOneLineAloneOnAPage() throws IOException {
        assertNeverOneLineAlone(44, 60, doc -> doc.paragraph("续".repeat(150)));
    }

    @Test
    void aNoteInSmallPrintNeverLeavesOneLineAloneOnAPage() throws IOException {
        assertNeverOneLineAlone(50, 64, doc -> doc.smallPrint("续".repeat(190)));
    }

    /** Filler of every length in [from, to] lines before a text of four lines, each line starting with 续. */
    private static void assertNeverOneLineAlone(int from, int to, java.util.function.Consumer<ArchivalPdf> text)
            throws IOException {
        boolean split = false;
        for (int lines = from; lines <= to; lines++) {
            int n = lines;
            byte[] pdf = ArchivalPdf.build(SampleReport.settings(), doc -> {
                filler(doc, n);
                text.accept(doc);
            });
            List<List<LaidOutLines.Line>> pages = LaidOutLines.byPage(pdf);
            List<Long> perPage = new ArrayList<>();
            for (List<LaidOutLines.Line> page : pages) {
                long count = page.stream().filter(l -> l.text().startsWith("续")).count();
                if (count > 0) {
                    perPage.add(count);
                }
            }
            assertEquals(4, perPage.stream().mapToLong(Long::longValue).sum(), n + " lines: the text is 4 lines");
            assertTrue(perPage.stream().allMatch(c -> c >= 2), n + " lines: the paragraph's lines by page " + perPage);
            split |= perPage.size() > 1;
        }
        assertTrue(split, "the filler must split the text at least once");
    }

    @Test
    void aFormBreaksOnlyBeforeTheRowsItNames() throws IOException {
        // four blocks of a header row and three rows, like table 二 of the disclosure report
        List<List<GridCell>> body = new ArrayList<>();
        for (int block = 1; block <= 4; block++) {
            body.add(List.of(GridCell.columnHeader("第" + block + "块").span(2, 1)));
            for (int r = 1; r <= 3; r++) {
                body.add(List.of(GridCell.rowHeader("块" + block + "行" + r), GridCell.data(String.valueOf(r))));
            }
        }
        GridTable form = new GridTable("", List.of(), body, List.of(2f, 1f), 9.5f, Set.of(4, 8, 12));
        boolean split = false;
        for (int lines = 30; lines <= 62; lines += 3) {
            int n = lines;
            byte[] pdf = ArchivalPdf.build(SampleReport.settings(), doc -> {
                filler(doc, n);
                doc.grid(form);
            });
            List<List<LaidOutLines.Line>> pages = LaidOutLines.byPage(pdf);
            int firstPage = pageOf(pages, "第1块");
            for (int block = 1; block <= 4; block++) {
                int page = pageOf(pages, "第" + block + "块");
                for (int r = 1; r <= 3; r++) {
                    assertEquals(page, pageOf(pages, "块" + block + "行" + r), n + " lines: block " + block + " row " + r);
                }
                split |= page != firstPage;
            }
            if (firstPage > 0) {
                // moved whole only when not even its first block fitted: a block is about 80 pt, plus the
                // table's top margin and up to one filler line of 17 pt
                assertTrue(LaidOutLines.emptyBelow(pages.get(firstPage - 1)) < 110f,
                        n + " lines: the form moved and left " + LaidOutLines.emptyBelow(pages.get(firstPage - 1)) + " pt");
            }
        }
        assertTrue(split, "the filler must split the form at least once");
    }

    private static int pageOf(List<List<LaidOutLines.Line>> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).stream().anyMatch(l -> l.text().replace(" ", "").contains(text))) {
                return i;
            }
        }
        throw new AssertionError("not in the document: " + text);
    }
}
