package org.ecokiosk.model.disclosure;

import java.util.List;
import java.util.Optional;

/**
 * The rows of table 二 (主动公开政府信息情况), grouped by the 条例 article item they report, with
 * the columns each row has in the format.
 */
public enum ProactiveRow {
    RULES("规章", "第二十条第（一）项",
            List.of(ProactiveColumn.ISSUED, ProactiveColumn.REPEALED, ProactiveColumn.IN_FORCE)),
    NORMATIVE_DOCUMENTS("行政规范性文件", "第二十条第（一）项",
            List.of(ProactiveColumn.ISSUED, ProactiveColumn.REPEALED, ProactiveColumn.IN_FORCE)),
    LICENSING("行政许可", "第二十条第（五）项", List.of(ProactiveColumn.DECISIONS)),
    PUNISHMENT("行政处罚", "第二十条第（六）项", List.of(ProactiveColumn.DECISIONS)),
    ENFORCEMENT("行政强制", "第二十条第（六）项", List.of(ProactiveColumn.DECISIONS)),
    FEES("行政事业性收费", "第二十条第（八）项", List.of(ProactiveColumn.FEE_AMOUNT));

    private final String labelZh;
    private final String articleItem;
    private final List<ProactiveColumn> columns;

    ProactiveRow(String labelZh, String articleItem, List<ProactiveColumn> columns) {
        this.labelZh = labelZh;
        this.articleItem = articleItem;
        this.columns = columns;
    }

    public String labelZh() {
        return labelZh;
    }

    /** "第二十条第（一）项": the sub-table heading the row is printed under. */
    public String articleItem() {
        return articleItem;
    }

    public List<ProactiveColumn> columns() {
        return columns;
    }

    public static Optional<ProactiveRow> fromLabel(String text) {
        String t = text.strip();
        for (ProactiveRow r : values()) {
            if (r.labelZh.equals(t) || r.name().equalsIgnoreCase(t)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
