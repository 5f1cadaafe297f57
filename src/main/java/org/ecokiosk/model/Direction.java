package org.ecokiosk.model;

import java.math.BigDecimal;

/** How a value is compared with its target. NONE when the target is not a number. */
public enum Direction {
    AT_LEAST(">=", "≥"),
    AT_MOST("<=", "≤"),
    EQUAL("=", "="),
    NONE("", "");

    private final String code;
    private final String symbol;

    Direction(String code, String symbol) {
        this.code = code;
        this.symbol = symbol;
    }

    public String code() {
        return code;
    }

    /**
     * The sign printed before a target: "≥", "≤", none for a target to hold. The plan writes
     * "保持100%", and "= 100 %" reads to residents and officers as a sum, not as a target.
     */
    public String targetSign() {
        return this == EQUAL ? "" : symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Direction fromCode(String code) {
        String c = code == null ? "" : code.trim();
        for (Direction d : values()) {
            if (d.code.equals(c) || (!d.symbol.isEmpty() && d.symbol.equals(c))) {
                return d;
            }
        }
        throw new IllegalArgumentException("direction must be >=, <=, = or empty, not '" + code + "'");
    }

    public boolean isMet(BigDecimal value, BigDecimal target) {
        int cmp = value.compareTo(target);
        return switch (this) {
            case AT_LEAST -> cmp >= 0;
            case AT_MOST -> cmp <= 0;
            case EQUAL -> cmp == 0;
            case NONE -> false;
        };
    }
}
