package org.ecokiosk.standards.air;

/** Which limit table of a standard applies. GB 3095-2012 has one; GB 3095-2026 has two phases. */
public enum LimitPhase {
    /** The standard's only table (GB 3095-2012). */
    SINGLE("", ""),
    /** GB 3095-2026 transition phase, 2026-03-01 … 2030-12-31. */
    TRANSITION("过渡阶段", "transition phase"),
    /** GB 3095-2026 final limits, from 2031-01-01. */
    FINAL("最终阶段", "final phase");

    private final String nameZh;
    private final String nameEn;

    LimitPhase(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** Empty for {@link #SINGLE}. */
    public String nameZh() {
        return nameZh;
    }

    /** Empty for {@link #SINGLE}. */
    public String nameEn() {
        return nameEn;
    }
}
