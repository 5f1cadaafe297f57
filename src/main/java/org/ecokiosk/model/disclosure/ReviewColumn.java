package org.ecokiosk.model.disclosure;

import java.util.Optional;

/** The five columns each group of table 四 has; {@link #TOTAL} is the sum of the other four. */
public enum ReviewColumn {
    UPHELD("结果维持"),
    CORRECTED("结果纠正"),
    OTHER("其他结果"),
    PENDING("尚未审结"),
    TOTAL("总计");

    private final String labelZh;

    ReviewColumn(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }

    public static Optional<ReviewColumn> fromLabel(String text) {
        String t = text.strip();
        for (ReviewColumn c : values()) {
            if (c.labelZh.equals(t) || c.name().equalsIgnoreCase(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
