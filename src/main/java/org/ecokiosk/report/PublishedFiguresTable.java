package org.ecokiosk.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.PublishedFigure;
import org.ecokiosk.report.pdf.ArchivalPdf;
import org.ecokiosk.report.pdf.DataTable;
import org.ecokiosk.report.pdf.OfficialText;

/**
 * The figures the district published for a chapter's topics and year, as the document prints
 * them, with the document named in the caption and beneath — so an officer sees at once which
 * figures are the district's own published ones and where they were published.
 */
final class PublishedFiguresTable {
    private PublishedFiguresTable() {
    }

    /** The documents' titles, joined: "《2022年沙坪坝区环境状况公报》". */
    static String titles(List<PublishedFigure> figures) {
        Set<String> titles = new LinkedHashSet<>();
        figures.forEach(f -> titles.add(f.document().title().zh()));
        return String.join("、", titles);
    }

    /** Writes the table; nothing when there are no figures. */
    static void write(ArchivalPdf doc, Numbering numbers, String what, int year, List<PublishedFigure> figures,
                      int rowsRead) {
        if (figures.isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (PublishedFigure f : figures) {
            rows.add(List.of(f.item(), f.value().display() + (f.unit().isBlank() ? "" : " " + f.unit()),
                    f.note().isBlank() ? Texts.NO_VALUE : f.note()));
        }
        String titles = titles(figures);
        doc.table(new DataTable(numbers.nextTable(year + "年" + what + "公开发布数值（" + titles + "）",
                Provenance.of(List.of(Provenance.rows("published_figure", rowsRead)), List.of(DataOrigin.PUBLISHED),
                        "按原文件所列数值与评价照录")), List.of("项目", "数值", "原文说明"), rows, true,
                List.of(3.4f, 1.4f, 3.2f)));
        PublishedFigure first = figures.get(0);
        doc.smallPrint("来源：" + titles + "，" + first.document().publisher() + "于"
                + OfficialText.date(first.document().publishedOn()) + "发布（" + first.document().url() + "）。");
    }
}
