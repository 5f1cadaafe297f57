package org.ecokiosk.model.disclosure;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The rows of table 三 that carry numbers, in printed order, with the printed wording of
 * 国办公开办函〔2021〕30号. {@code key} is what the officer writes in the CSV's 行 column.
 * The group rows (三) 不予公开, (四), (五), (六) print no numbers of their own in the format, so
 * they are {@link Group}s here, not rows.
 */
public enum ApplicationRow {
    NEW("一", Group.NONE, "一、本年新收政府信息公开申请数量"),
    CARRIED_IN("二", Group.NONE, "二、上年结转政府信息公开申请数量"),
    DISCLOSED("三(一)", Group.NONE, "（一）予以公开"),
    PARTLY_DISCLOSED("三(二)", Group.NONE, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    WITHHELD_STATE_SECRET("三(三)1", Group.WITHHELD, "1.属于国家秘密"),
    WITHHELD_PROHIBITED_BY_LAW("三(三)2", Group.WITHHELD, "2.其他法律行政法规禁止公开"),
    WITHHELD_SECURITY("三(三)3", Group.WITHHELD, "3.危及“三安全一稳定”"),
    WITHHELD_THIRD_PARTY("三(三)4", Group.WITHHELD, "4.保护第三方合法权益"),
    WITHHELD_INTERNAL_AFFAIRS("三(三)5", Group.WITHHELD, "5.属于三类内部事务信息"),
    WITHHELD_PROCESS("三(三)6", Group.WITHHELD, "6.属于四类过程性信息"),
    WITHHELD_ENFORCEMENT_FILE("三(三)7", Group.WITHHELD, "7.属于行政执法案卷"),
    WITHHELD_QUERY("三(三)8", Group.WITHHELD, "8.属于行政查询事项"),
    UNABLE_NOT_HELD("三(四)1", Group.UNABLE, "1.本机关不掌握相关政府信息"),
    UNABLE_NEEDS_CREATING("三(四)2", Group.UNABLE, "2.没有现成信息需要另行制作"),
    UNABLE_UNCLEAR("三(四)3", Group.UNABLE, "3.补正后申请内容仍不明确"),
    NOT_HANDLED_PETITION("三(五)1", Group.NOT_HANDLED, "1.信访举报投诉类申请"),
    NOT_HANDLED_REPEAT("三(五)2", Group.NOT_HANDLED, "2.重复申请"),
    NOT_HANDLED_PUBLICATION("三(五)3", Group.NOT_HANDLED, "3.要求提供公开出版物"),
    NOT_HANDLED_MASS("三(五)4", Group.NOT_HANDLED, "4.无正当理由大量反复申请"),
    NOT_HANDLED_CONFIRM("三(五)5", Group.NOT_HANDLED, "5.要求行政机关确认或重新出具已获取信息"),
    OTHER_NO_CORRECTION("三(六)1", Group.OTHER,
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    OTHER_NO_FEE("三(六)2", Group.OTHER,
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    OTHER_OTHER("三(六)3", Group.OTHER, "3.其他"),
    RESULTS_TOTAL("三(七)", Group.NONE, "（七）总计"),
    CARRIED_OVER("四", Group.NONE, "四、结转下年度继续办理");

    /** The printed groups of result sub-rows. */
    public enum Group {
        NONE(""), WITHHELD("（三）不予公开"), UNABLE("（四）无法提供"), NOT_HANDLED("（五）不予处理"),
        OTHER("（六）其他处理");

        private final String labelZh;

        Group(String labelZh) {
            this.labelZh = labelZh;
        }

        public String labelZh() {
            return labelZh;
        }
    }

    private final String key;
    private final Group group;
    private final String labelZh;

    ApplicationRow(String key, Group group, String labelZh) {
        this.key = key;
        this.group = group;
        this.labelZh = labelZh;
    }

    public String key() {
        return key;
    }

    public Group group() {
        return group;
    }

    public String labelZh() {
        return labelZh;
    }

    /** True for (一)…(六) and their sub-rows: the parts that add up to (七) 总计. */
    public boolean isResultPart() {
        return ordinal() >= DISCLOSED.ordinal() && ordinal() < RESULTS_TOTAL.ordinal();
    }

    /** The result rows under 三、本年度办理结果, (一) to (七). */
    public boolean isResult() {
        return isResultPart() || this == RESULTS_TOTAL;
    }

    public static List<ApplicationRow> resultParts() {
        return Arrays.stream(values()).filter(ApplicationRow::isResultPart).toList();
    }

    /** Reads a key as officers write it: "三(三)1", "三（三）1", "三(三)1." … */
    public static Optional<ApplicationRow> fromKey(String text) {
        String t = text.strip().replace('（', '(').replace('）', ')').replace(" ", "").replaceAll("[.、．]$", "");
        for (ApplicationRow r : values()) {
            if (r.key.equals(t) || r.name().equalsIgnoreCase(t)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
