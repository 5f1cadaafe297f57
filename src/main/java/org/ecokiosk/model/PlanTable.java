package org.ecokiosk.model;

/** Where in the plan an indicator comes from. */
public enum PlanTable {
    /** 专栏2: the 18 targets for 2025. */
    ZL2("zl2"),
    /** 专栏1: the 13th five-year plan's results in 2020. */
    ZL1("zl1"),
    /** Figures the plan's prose gives outside its tables. */
    TEXT("text"),
    /** The 2025 noise targets. */
    NOISE("noise"),
    /** The eco-town and open-facility campaign targets. */
    ECOTOWN("ecotown");

    private final String code;

    PlanTable(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static PlanTable fromCode(String code) {
        for (PlanTable t : values()) {
            if (t.code.equalsIgnoreCase(code.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown plan table '" + code + "'");
    }
}
