package org.ecokiosk.model;

/** 约束性 (binding) or 预期性 (expected), as the plan classes each indicator. */
public enum IndicatorKind {
    BINDING("binding"),
    EXPECTED("expected"),
    UNSPECIFIED("");

    private final String code;

    IndicatorKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static IndicatorKind fromCode(String code) {
        String c = code == null ? "" : code.trim();
        for (IndicatorKind k : values()) {
            if (k.code.equalsIgnoreCase(c)) {
                return k;
            }
        }
        throw new IllegalArgumentException("kind must be binding, expected or empty, not '" + code + "'");
    }
}
