package org.ecokiosk.model.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks 国办公开办函〔2021〕30号 builds into its tables. A report whose tables do not add up
 * is refused rather than printed: a published inconsistency cannot be taken back.
 *
 * <p>Table 三, in every column: (七) 总计 = the sum of (一)…(六) and their sub-rows; and
 * 一 + 二 = 三(七) + 四 (the format's own note on the table). In every row: 总计 = the six applicant
 * columns. Table 四, in every group: 总计 = 维持 + 纠正 + 其他 + 尚未审结.
 */
public final class DisclosureArithmetic {

    private DisclosureArithmetic() {
    }

    public static List<ArithmeticBreak> check(ApplicationTable table) {
        List<ArithmeticBreak> breaks = new ArrayList<>();
        for (ApplicationRow row : ApplicationRow.values()) {
            long sum = 0;
            for (ApplicantColumn column : ApplicantColumn.values()) {
                if (column != ApplicantColumn.TOTAL) {
                    sum += table.get(row, column);
                }
            }
            long total = table.get(row, ApplicantColumn.TOTAL);
            if (sum != total) {
                breaks.add(new ArithmeticBreak("三", row.key(), ApplicantColumn.TOTAL.labelZh(), sum, total,
                        "总计 = 自然人 + 法人或其他组织各列之和", "total = natural persons + the five organisation columns"));
            }
        }
        for (ApplicantColumn column : ApplicantColumn.values()) {
            long parts = 0;
            for (ApplicationRow part : ApplicationRow.resultParts()) {
                parts += table.get(part, column);
            }
            long resultsTotal = table.get(ApplicationRow.RESULTS_TOTAL, column);
            if (parts != resultsTotal) {
                breaks.add(new ArithmeticBreak("三", ApplicationRow.RESULTS_TOTAL.key(), column.labelZh(), parts,
                        resultsTotal, "（七）总计 = （一）至（六）各项之和", "(7) total = sum of results (1) to (6)"));
            }
            long in = table.get(ApplicationRow.NEW, column) + table.get(ApplicationRow.CARRIED_IN, column);
            long out = resultsTotal + table.get(ApplicationRow.CARRIED_OVER, column);
            if (in != out) {
                // Named at row 四, the row most often forgotten; the message carries both sides.
                long expectedCarriedOver = in - resultsTotal;
                breaks.add(new ArithmeticBreak("三", ApplicationRow.CARRIED_OVER.key(), column.labelZh(),
                        expectedCarriedOver, table.get(ApplicationRow.CARRIED_OVER, column),
                        "一 本年新收 + 二 上年结转（" + in + "）应等于 三(七) 办理结果总计 + 四 结转下年度（" + out + "）",
                        "new (1) + carried in (2) = " + in + " must equal results total 3(7) + carried over (4) = "
                                + out));
            }
        }
        return breaks;
    }

    public static List<ArithmeticBreak> check(ReviewTable table) {
        List<ArithmeticBreak> breaks = new ArrayList<>();
        for (ReviewGroup group : ReviewGroup.values()) {
            long sum = table.get(group, ReviewColumn.UPHELD) + table.get(group, ReviewColumn.CORRECTED)
                    + table.get(group, ReviewColumn.OTHER) + table.get(group, ReviewColumn.PENDING);
            long total = table.get(group, ReviewColumn.TOTAL);
            if (sum != total) {
                breaks.add(new ArithmeticBreak("四", group.labelZh(), ReviewColumn.TOTAL.labelZh(), sum, total,
                        "总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
                        "total = upheld + corrected + other + pending"));
            }
        }
        return breaks;
    }

    public static List<ArithmeticBreak> check(DisclosureFigures figures) {
        List<ArithmeticBreak> breaks = new ArrayList<>(check(figures.applications()));
        breaks.addAll(check(figures.reviews()));
        return breaks;
    }
}
