package org.ecokiosk.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ecokiosk.model.disclosure.ApplicantColumn;
import org.ecokiosk.model.disclosure.ApplicationRow;
import org.ecokiosk.model.disclosure.ApplicationTable;
import org.ecokiosk.model.disclosure.ArithmeticBreak;
import org.ecokiosk.model.disclosure.DisclosureArithmetic;
import org.ecokiosk.model.disclosure.DisclosureData;
import org.ecokiosk.model.disclosure.ProactiveColumn;
import org.ecokiosk.model.disclosure.ProactiveRow;
import org.ecokiosk.model.disclosure.ProactiveTable;
import org.ecokiosk.model.disclosure.ReviewColumn;
import org.ecokiosk.model.disclosure.ReviewGroup;
import org.ecokiosk.model.disclosure.ReviewTable;
import org.ecokiosk.report.pdf.ArchivalPdf;
import org.ecokiosk.report.pdf.DocumentMetadata;
import org.ecokiosk.report.pdf.GridCell;
import org.ecokiosk.report.pdf.GridTable;

/**
 * 政府信息公开工作年度报告 in the format of 国办公开办函〔2021〕30号: six sections, the three
 * tables with the format's rows, columns and merged cells. Its figures are the officer's, so
 * whether it is sample depends on them, not on the snapshot (which only fixes the ID and date).
 */
final class DisclosureReport implements ReportDocument {
    private final DisclosureData data;

    DisclosureReport(DisclosureData data) {
        List<ArithmeticBreak> breaks = DisclosureArithmetic.check(data.figures());
        if (!breaks.isEmpty()) {
            // Ingest refuses these with line numbers; this guards callers that build the data themselves.
            throw new IllegalArgumentException("the disclosure figures do not add up: "
                    + String.join("; ", breaks.stream().map(ArithmeticBreak::describeZh).toList()));
        }
        this.data = data;
    }

    @Override
    public DocumentMetadata metadata() {
        return new DocumentMetadata(title(), data.text().organ(),
                data.text().organ() + data.year() + "年政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）",
                List.of("政府信息公开", "年度报告", String.valueOf(data.year()), data.text().organ()), "zh-CN");
    }

    private String title() {
        return data.text().organ() + data.year() + "年政府信息公开工作年度报告";
    }

    @Override
    public boolean usesSample() {
        return data.sample();
    }

    @Override
    public void write(ArchivalPdf doc) {
        doc.titleBlock(title(), data.text().organ().length(), List.of());
        doc.paragraph("本报告由" + data.text().organ() + "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和"
                + "《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》"
                + "（国办公开办函〔2021〕30号）要求编制。本报告中所列数据的统计期限自" + data.year() + "年1月1日起至"
                + data.year() + "年12月31日止。");
        doc.h2("一、总体情况");
        data.text().overview().forEach(doc::paragraph);
        doc.h2("二、主动公开政府信息情况");
        doc.grid(proactive(data.figures().proactive()));
        doc.h2("三、收到和处理政府信息公开申请情况");
        doc.grid(applications(data.figures().applications()));
        doc.h2("四、政府信息公开行政复议、行政诉讼情况");
        doc.grid(reviews(data.figures().reviews()));
        doc.h2("五、存在的主要问题及改进情况");
        data.text().problems().forEach(doc::paragraph);
        doc.h2("六、其他需要报告的事项");
        data.text().otherMatters().forEach(doc::paragraph);
        writeSources(doc);
    }

    /**
     * 数据来源与方法, as every report ends: here every figure is the reporting body's own count in
     * the format's tables (none comes from the monitoring data), checked against the format's
     * arithmetic before the report is made.
     */
    private void writeSources(ArchivalPdf doc) {
        doc.h2("附录  数据来源与方法");
        String origin = data.figures().sample() ? "示例数据" : "本机关统计";
        String filed = "本机关填报的" + data.year() + "年年报数据";
        int proactive = java.util.Arrays.stream(ProactiveRow.values()).mapToInt(r -> r.columns().size()).sum();
        int applications = ApplicationRow.values().length * ApplicantColumn.values().length;
        int reviews = ReviewGroup.values().length * ReviewColumn.values().length;
        doc.paragraph("本报告的数字和文字均由" + data.text().organ() + "按国办公开办函〔2021〕30号规定的格式填报，"
                + "不取自生态环境监测数据；生成报告前逐项核对了表内的勾稽关系，不相符的数据不予生成。");
        doc.table(new org.ecokiosk.report.pdf.DataTable("附表  各表的数据来源与核对依据",
                List.of("表", "数据来源（数值个数）", "数值来源", "格式与核对依据"), List.of(
                        List.of("二、主动公开政府信息情况", filed + "（" + proactive + "个）", origin,
                                "格式规定的第二十条第（一）、（五）、（六）、（八）项"),
                        List.of("三、收到和处理政府信息公开申请情况", filed + "（" + applications + "个）", origin,
                                "一、二两项之和等于三（七）总计与四之和；（七）总计等于（一）至（六）各项之和；每行总计等于各类申请人之和"),
                        List.of("四、政府信息公开行政复议、行政诉讼情况", filed + "（" + reviews + "个）", origin,
                                "每组总计等于结果维持、结果纠正、其他结果与尚未审结之和")),
                true, List.of(2.4f, 2.4f, 1.1f, 2.9f)));
    }

    static GridTable proactive(ProactiveTable t) {
        List<List<GridCell>> body = new ArrayList<>();
        Set<Integer> breaks = new HashSet<>();
        String item = "";
        for (ProactiveRow row : ProactiveRow.values()) {
            if (!row.articleItem().equals(item)) {
                item = row.articleItem();
                if (!body.isEmpty()) {
                    // a page may break before an item, never between its two header rows and its rows
                    breaks.add(body.size());
                }
                body.add(List.of(GridCell.columnHeader(item).span(4, 1)));
                List<GridCell> head = new ArrayList<>(List.of(GridCell.columnHeader("信息内容")));
                if (row.columns().size() == 3) {
                    row.columns().forEach(c -> head.add(GridCell.columnHeader(c.labelZh())));
                } else {
                    head.add(GridCell.columnHeader(row.columns().get(0).labelZh()).span(3, 1));
                }
                body.add(head);
            }
            List<GridCell> cells = new ArrayList<>(List.of(GridCell.rowHeader(row.labelZh())));
            if (row.columns().size() == 3) {
                row.columns().forEach(c -> cells.add(GridCell.data(t.get(row, c).toPlainString())));
            } else {
                ProactiveColumn c = row.columns().get(0);
                cells.add(GridCell.data(t.get(row, c).toPlainString()).span(3, 1));
            }
            body.add(cells);
        }
        return new GridTable("", List.of(), body, List.of(2.2f, 1.6f, 1.6f, 1.6f), 9.5f, breaks);
    }

    static GridTable applications(ApplicationTable t) {
        List<List<GridCell>> header = List.of(
                List.of(GridCell.columnHeader("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）").span(3, 3),
                        GridCell.columnHeader("申请人情况").span(7, 1)),
                List.of(GridCell.columnHeader("自然人").span(1, 2), GridCell.columnHeader("法人或其他组织").span(5, 1),
                        GridCell.columnHeader("总计").span(1, 2)),
                List.of(GridCell.columnHeader("商业企业"), GridCell.columnHeader("科研机构"),
                        GridCell.columnHeader("社会公益组织"), GridCell.columnHeader("法律服务机构"),
                        GridCell.columnHeader("其他")));
        List<List<GridCell>> body = new ArrayList<>();
        Set<Integer> breaks = new HashSet<>();
        int resultRows = (int) java.util.Arrays.stream(ApplicationRow.values()).filter(ApplicationRow::isResult).count();
        ApplicationRow.Group group = ApplicationRow.Group.NONE;
        for (ApplicationRow row : ApplicationRow.values()) {
            List<GridCell> cells = new ArrayList<>();
            boolean startsABlock = row.group() == ApplicationRow.Group.NONE || row.group() != group;
            if (startsABlock && body.size() >= 2 && body.size() <= ApplicationRow.values().length - 2) {
                // a page may break before a row of its own or a group, with two rows at least on either side
                breaks.add(body.size());
            }
            if (!row.isResult()) {
                cells.add(GridCell.rowHeader(row.labelZh()).span(3, 1));
            } else {
                if (row == ApplicationRow.DISCLOSED) {
                    cells.add(GridCell.rowHeader("三、本年度办理结果").span(1, resultRows));
                }
                if (row.group() == ApplicationRow.Group.NONE) {
                    cells.add(GridCell.rowHeader(row.labelZh()).span(2, 1));
                } else {
                    if (row.group() != group) {
                        int size = (int) java.util.Arrays.stream(ApplicationRow.values())
                                .filter(r -> r.group() == row.group()).count();
                        cells.add(GridCell.rowHeader(row.group().labelZh()).span(1, size));
                    }
                    cells.add(GridCell.rowHeader(row.labelZh()));
                }
            }
            group = row.group();
            for (ApplicantColumn c : ApplicantColumn.values()) {
                cells.add(GridCell.data(String.valueOf(t.get(row, c))));
            }
            body.add(cells);
        }
        return new GridTable("", header, body,
                List.of(1.1f, 1.35f, 3.2f, 1.03f, 1.03f, 1.03f, 1.03f, 1.03f, 1.03f, 1.03f), 8f, breaks);
    }

    static GridTable reviews(ReviewTable t) {
        List<GridCell> first = List.of(GridCell.columnHeader("行政复议").span(5, 1),
                GridCell.columnHeader("行政诉讼").span(10, 1));
        List<GridCell> second = new ArrayList<>();
        for (ReviewColumn c : ReviewColumn.values()) {
            second.add(GridCell.columnHeader(twoLines(c)).span(1, 2));
        }
        second.add(GridCell.columnHeader(ReviewGroup.LITIGATION_DIRECT.labelZh()).span(5, 1));
        second.add(GridCell.columnHeader(ReviewGroup.LITIGATION_AFTER_REVIEW.labelZh()).span(5, 1));
        List<GridCell> third = new ArrayList<>();
        List<GridCell> values = new ArrayList<>();
        for (ReviewGroup g : ReviewGroup.values()) {
            for (ReviewColumn c : ReviewColumn.values()) {
                if (g.isLitigation()) {
                    third.add(GridCell.columnHeader(twoLines(c)));
                }
                values.add(GridCell.data(String.valueOf(t.get(g, c))));
            }
        }
        List<Float> widths = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            widths.add(1f);
        }
        return new GridTable("", List.of(first, second, third), List.of(values), widths, 8f);
    }

    /** 15 columns on A4 portrait leave two characters a line: break "结果维持" as 结果/维持, not 结果维/持. */
    private static String twoLines(ReviewColumn c) {
        String label = c.labelZh();
        return label.length() == 4 ? label.substring(0, 2) + "\n" + label.substring(2) : label;
    }
}
