package org.ecokiosk.standards.water;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parameters of GB 3838-2002 table 1 (basic items) with their class Ⅰ–Ⅴ limits, mg/L unless
 * stated. Figures were entered from the standard's table 1 and cross-checked with an independent
 * public transcription; all table-1 items with numeric class limits are here.
 *
 * <p>Left out on purpose: water temperature (its limit is a change against the natural
 * temperature, not a number we can classify) and the table 2/3 items (single limits for drinking
 * water sources, no classes).
 *
 * <p>{@code evaluated} is false for total nitrogen and faecal coliforms: 环办〔2011〕22号 leaves them
 * (and water temperature) out of the section class. They are still classed on request so that
 * lake reports can show TN on its own.
 */
public enum WaterParameter {
    /** No class limits: 6–9 for every class, see {@link #PH_MIN} and {@link #PH_MAX}. */
    PH("pH", "pH值", "pH", "", LimitDirection.WITHIN_RANGE, true),
    /** Class Ⅰ is "saturation ≥ 90 % (or 7.5)"; we use the 7.5 mg/L form. */
    DO("DO", "溶解氧", "Dissolved oxygen", "mg/L", LimitDirection.AT_LEAST, true, 7.5, 6, 5, 3, 2),
    CODMN("CODMn", "高锰酸盐指数", "Permanganate index", "mg/L", LimitDirection.AT_MOST, true, 2, 4, 6, 10, 15),
    COD("COD", "化学需氧量", "Chemical oxygen demand", "mg/L", LimitDirection.AT_MOST, true, 15, 15, 20, 30, 40),
    BOD5("BOD5", "五日生化需氧量", "5-day biochemical oxygen demand", "mg/L", LimitDirection.AT_MOST, true,
            3, 3, 4, 6, 10),
    NH3_N("NH3-N", "氨氮", "Ammonia nitrogen", "mg/L", LimitDirection.AT_MOST, true, 0.15, 0.5, 1.0, 1.5, 2.0),
    /** Rivers; lakes and reservoirs use {@link #LAKE_TP_LIMITS}. */
    TP("TP", "总磷", "Total phosphorus", "mg/L", LimitDirection.AT_MOST, true, 0.02, 0.1, 0.2, 0.3, 0.4),
    /** Limits apply to lakes and reservoirs; excluded from the section class. */
    TN("TN", "总氮", "Total nitrogen", "mg/L", LimitDirection.AT_MOST, false, 0.2, 0.5, 1.0, 1.5, 2.0),
    CU("Cu", "铜", "Copper", "mg/L", LimitDirection.AT_MOST, true, 0.01, 1.0, 1.0, 1.0, 1.0),
    ZN("Zn", "锌", "Zinc", "mg/L", LimitDirection.AT_MOST, true, 0.05, 1.0, 1.0, 2.0, 2.0),
    FLUORIDE("F", "氟化物", "Fluoride", "mg/L", LimitDirection.AT_MOST, true, 1.0, 1.0, 1.0, 1.5, 1.5),
    SE("Se", "硒", "Selenium", "mg/L", LimitDirection.AT_MOST, true, 0.01, 0.01, 0.01, 0.02, 0.02),
    AS("As", "砷", "Arsenic", "mg/L", LimitDirection.AT_MOST, true, 0.05, 0.05, 0.05, 0.1, 0.1),
    HG("Hg", "汞", "Mercury", "mg/L", LimitDirection.AT_MOST, true, 0.00005, 0.00005, 0.0001, 0.001, 0.001),
    CD("Cd", "镉", "Cadmium", "mg/L", LimitDirection.AT_MOST, true, 0.001, 0.005, 0.005, 0.005, 0.01),
    CR6("Cr6+", "六价铬", "Hexavalent chromium", "mg/L", LimitDirection.AT_MOST, true, 0.01, 0.05, 0.05, 0.05, 0.1),
    PB("Pb", "铅", "Lead", "mg/L", LimitDirection.AT_MOST, true, 0.01, 0.01, 0.05, 0.05, 0.1),
    CYANIDE("CN", "氰化物", "Cyanide", "mg/L", LimitDirection.AT_MOST, true, 0.005, 0.05, 0.2, 0.2, 0.2),
    VOLATILE_PHENOL("VP", "挥发酚", "Volatile phenol", "mg/L", LimitDirection.AT_MOST, true,
            0.002, 0.002, 0.005, 0.01, 0.1),
    PETROLEUM("Petroleum", "石油类", "Petroleum", "mg/L", LimitDirection.AT_MOST, true, 0.05, 0.05, 0.05, 0.5, 1.0),
    LAS("LAS", "阴离子表面活性剂", "Anionic surfactants", "mg/L", LimitDirection.AT_MOST, true, 0.2, 0.2, 0.2, 0.3, 0.3),
    SULFIDE("S2-", "硫化物", "Sulfide", "mg/L", LimitDirection.AT_MOST, true, 0.05, 0.1, 0.2, 0.5, 1.0),
    /** Excluded from the section class. */
    FAECAL_COLIFORM("FC", "粪大肠菌群", "Faecal coliforms", "个/L", LimitDirection.AT_MOST, false,
            200, 2000, 10000, 20000, 40000);

    /** pH range permitted in every class, inclusive (GB 3838-2002). */
    public static final double PH_MIN = 6.0;
    public static final double PH_MAX = 9.0;

    /** GB 3838-2002 TP limits for lakes and reservoirs, classes Ⅰ–Ⅴ. */
    public static final List<Double> LAKE_TP_LIMITS = List.of(0.01, 0.025, 0.05, 0.1, 0.2);

    private final String code;
    private final String nameZh;
    private final String nameEn;
    private final String unit;
    private final LimitDirection direction;
    private final boolean evaluated;
    private final List<Double> limits;

    WaterParameter(String code, String nameZh, String nameEn, String unit, LimitDirection direction, boolean evaluated,
                   double... limits) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unit = unit;
        this.direction = direction;
        this.evaluated = evaluated;
        this.limits = java.util.Arrays.stream(limits).boxed().toList();
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** "mg/L", "个/L", or "" for pH. */
    public String unit() {
        return unit;
    }

    public LimitDirection direction() {
        return direction;
    }

    /** Whether the parameter counts towards a section's class (环办〔2011〕22号). */
    public boolean evaluated() {
        return evaluated;
    }

    /** Class Ⅰ–Ⅴ limits for the water body, five values; empty for pH. */
    public List<Double> limits(WaterBodyType body) {
        return this == TP && body == WaterBodyType.LAKE_OR_RESERVOIR ? LAKE_TP_LIMITS : limits;
    }

    /** The limit of one class Ⅰ–Ⅴ; empty for 劣Ⅴ, which has none. */
    public Optional<Double> limit(WaterClass waterClass, WaterBodyType body) {
        if (waterClass == WaterClass.WORSE_THAN_V || direction == LimitDirection.WITHIN_RANGE) {
            return Optional.empty();
        }
        return Optional.of(limits(body).get(waterClass.ordinal()));
    }

    /** Reads codes as staff write them: "NH3-N", "nh3_n", "CODMn", "TP", "Cr6+", "DO" ... */
    public static Optional<WaterParameter> fromCode(String text) {
        String key = normal(text);
        for (WaterParameter p : values()) {
            if (normal(p.code).equals(key) || normal(p.name()).equals(key) || p.nameZh.equals(text.strip())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static String normal(String s) {
        return s.strip().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
    }
}
