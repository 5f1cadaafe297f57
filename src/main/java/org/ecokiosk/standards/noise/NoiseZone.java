package org.ecokiosk.standards.noise;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** GB 3096-2008 acoustic environment functional zones with their Leq limits, dB(A). */
public enum NoiseZone {
    ZONE_0("0", 50, 40, "0类：康复疗养区等特别需要安静的区域", "Class 0: areas needing special quiet, such as convalescent homes"),
    ZONE_1("1", 55, 45, "1类：居住、医疗、文教、科研、行政办公为主的区域",
            "Class 1: mainly residential, medical, educational, research and office areas"),
    ZONE_2("2", 60, 50, "2类：商业金融、集市贸易为主或居住、商业、工业混杂的区域",
            "Class 2: commercial and market areas, or mixed residential, commercial and industrial areas"),
    ZONE_3("3", 65, 55, "3类：工业生产、仓储物流为主的区域", "Class 3: industrial, warehousing and logistics areas"),
    ZONE_4A("4a", 70, 55, "4a类：高速公路、城市主次干路、城市轨道交通（地面段）、内河航道两侧区域",
            "Class 4a: both sides of expressways, main urban roads, surface urban rail lines and inland waterways"),
    ZONE_4B("4b", 70, 60, "4b类：铁路干线两侧区域", "Class 4b: both sides of trunk railways");

    public static final String STANDARD_ID = "GB3096-2008";

    private final String code;
    private final double dayLimit;
    private final double nightLimit;
    private final String descriptionZh;
    private final String descriptionEn;

    NoiseZone(String code, double dayLimit, double nightLimit, String descriptionZh, String descriptionEn) {
        this.code = code;
        this.dayLimit = dayLimit;
        this.nightLimit = nightLimit;
        this.descriptionZh = descriptionZh;
        this.descriptionEn = descriptionEn;
    }

    /** "0", "1", "2", "3", "4a", "4b". */
    public String code() {
        return code;
    }

    public double limit(DayPeriod period) {
        return period == DayPeriod.DAY ? dayLimit : nightLimit;
    }

    public String descriptionZh() {
        return descriptionZh;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    /** True when the Leq, rounded to 0.1 dB, does not exceed the limit. */
    public boolean complies(double leq, DayPeriod period) {
        return Decibels.rounded(leq).compareTo(BigDecimal.valueOf(limit(period))) <= 0;
    }

    /** dB above the limit (rounded Leq − limit), empty when compliant. */
    public OptionalDouble exceedance(double leq, DayPeriod period) {
        BigDecimal over = Decibels.rounded(leq).subtract(BigDecimal.valueOf(limit(period)));
        return over.signum() > 0 ? OptionalDouble.of(over.doubleValue()) : OptionalDouble.empty();
    }

    /** Reads "0".."3", "4a", "4b", optionally with "类" or "Class "; empty otherwise. */
    public static Optional<NoiseZone> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace("class", "").replace("类", "").replace("区", "").strip();
        for (NoiseZone z : values()) {
            if (z.code.equals(t)) {
                return Optional.of(z);
            }
        }
        return Optional.empty();
    }
}
