package org.ecokiosk.model.disclosure;

/**
 * One place where the officer's figures break the format's own arithmetic.
 *
 * @param table "三" or "四"
 * @param rowKey the row as written in the CSV ("三(七)", "行政复议")
 * @param columnLabel the column as written in the CSV ("自然人", "总计")
 * @param expected what the rule gives from the other cells
 * @param found what the officer wrote
 * @param ruleZh the rule, in the words of the format ("一 + 二 = 三(七) + 四")
 * @param ruleEn the same in English
 */
public record ArithmeticBreak(String table, String rowKey, String columnLabel, long expected, long found,
                              String ruleZh, String ruleEn) {

    /** "表三 第“三(七)”行 “自然人”列：…" — one line for an error listing. */
    public String describeZh() {
        return "表" + table + " “" + rowKey + "”行 “" + columnLabel + "”列：" + ruleZh + "，应为 " + expected
                + "，填写的是 " + found;
    }

    public String describeEn() {
        return "table " + table + " row '" + rowKey + "' column '" + columnLabel + "': " + ruleEn + " gives "
                + expected + ", the file says " + found;
    }
}
