package org.ecokiosk.model.disclosure;

import java.util.Optional;

/** The three column groups of table 四 (政府信息公开行政复议、行政诉讼情况). */
public enum ReviewGroup {
    REVIEW("行政复议"),
    LITIGATION_DIRECT("未经复议直接起诉"),
    LITIGATION_AFTER_REVIEW("复议后起诉");

    private final String labelZh;

    ReviewGroup(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }

    public boolean isLitigation() {
        return this != REVIEW;
    }

    public static Optional<ReviewGroup> fromLabel(String text) {
        String t = text.strip();
        for (ReviewGroup g : values()) {
            if (g.labelZh.equals(t) || g.name().equalsIgnoreCase(t)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
