package org.ecokiosk.model.disclosure;

import java.util.Optional;

/** Columns of table 二. Only {@link #FEE_AMOUNT} may have decimals (万元). */
public enum ProactiveColumn {
    ISSUED("本年制发件数"),
    REPEALED("本年废止件数"),
    IN_FORCE("现行有效件数"),
    DECISIONS("本年处理决定数量"),
    FEE_AMOUNT("本年收费金额（单位：万元）");

    private final String labelZh;

    ProactiveColumn(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }

    public boolean allowsDecimals() {
        return this == FEE_AMOUNT;
    }

    /** Accepts the printed label, the label without the unit bracket, or the enum name. */
    public static Optional<ProactiveColumn> fromLabel(String text) {
        String t = text.strip().replace('(', '（').replace(')', '）');
        for (ProactiveColumn c : values()) {
            if (c.labelZh.equals(t) || c.labelZh.replaceAll("（.*）", "").equals(t) || c.name().equalsIgnoreCase(t)
                    || (c == FEE_AMOUNT && t.equals("本年收费金额（万元）"))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
