package org.ecokiosk.report;

import java.util.ArrayList;
import java.util.List;
import org.ecokiosk.model.SnapshotMeta;
import org.ecokiosk.report.pdf.ArchivalPdf;
import org.ecokiosk.report.pdf.DataTable;
import org.ecokiosk.report.pdf.OfficialText;

/**
 * The appendix 数据来源与方法 every report ends with: per table and chart, the data set it was
 * built from (content SHA-256, data as of), the tables and rows it read, the origin of its
 * figures and the rules that judged them — so an officer can trace every figure he signs.
 */
final class SourcesAppendix {
    private SourcesAppendix() {
    }

    static void write(ArchivalPdf doc, SnapshotMeta meta, Numbering numbers) {
        doc.h2("附录  数据来源与方法");
        doc.paragraph("本报告全部图表由同一数据集生成：数据集内容 SHA-256 为 " + meta.contentSha256() + "，数据截至"
                + OfficialText.date(meta.dataAsOf()) + "。下表逐项列出各图表读取的数据（括号内为数据集中的数据表名和读取的行数）、数值来源和评价依据。");
        List<List<String>> rows = new ArrayList<>();
        for (Numbering.Traced t : numbers.traced()) {
            Provenance p = t.provenance();
            rows.add(List.of(t.caption(), p.tablesRead().isEmpty() ? Texts.NO_VALUE : String.join("\n", p.tablesRead()),
                    p.originLabel(), p.rules()));
        }
        if (rows.isEmpty()) {
            doc.paragraph("本报告没有图表。");
            return;
        }
        // before the table, not after it: a note after the appendix's last row went to a page of its own
        // whenever the table ended its page
        doc.smallPrint("数值来源：监测数据为监测点位的实测结果，公开发布为区政府公开发布的数值（注明文件），规划为规划文本所列数值，"
                + "示例数据仅作演示、非正式发布。数据集内容 SHA-256 相同即图表所用数据相同。");
        // one table name a line: a name such as air_day must never be broken inside the word; the data
        // column wide enough for "规划指标年度数值（indicator_value，39行）" on one line, so the row of
        // the mid-term evaluation, which reads nearly every table, is no taller than it must be
        doc.table(new DataTable("附表  各图表的数据来源与评价依据", List.of("图表", "读取的数据（数据表，行数）", "数值来源", "评价依据"),
                rows, true, List.of(1.8f, 3.5f, 1.0f, 2.5f)));
    }
}
