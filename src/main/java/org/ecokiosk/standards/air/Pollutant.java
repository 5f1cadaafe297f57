package org.ecokiosk.standards.air;

import java.util.Locale;
import java.util.Optional;

/**
 * The six pollutants of the AQI (HJ 633-2012). Declaration order is the order the national
 * releases list them in, and it is the order used whenever several pollutants are listed.
 */
public enum Pollutant {
    SO2("SO2", "SO₂", "二氧化硫", "Sulphur dioxide", ConcentrationUnit.MICROGRAM_PER_CUBIC_METRE),
    NO2("NO2", "NO₂", "二氧化氮", "Nitrogen dioxide", ConcentrationUnit.MICROGRAM_PER_CUBIC_METRE),
    PM10("PM10", "PM₁₀", "可吸入颗粒物", "Particulate matter (PM10)", ConcentrationUnit.MICROGRAM_PER_CUBIC_METRE),
    // CO is the only one stated in mg/m³: its numbers are a thousand times larger.
    CO("CO", "CO", "一氧化碳", "Carbon monoxide", ConcentrationUnit.MILLIGRAM_PER_CUBIC_METRE),
    O3("O3", "O₃", "臭氧", "Ozone", ConcentrationUnit.MICROGRAM_PER_CUBIC_METRE),
    PM2_5("PM2.5", "PM₂.₅", "细颗粒物", "Fine particulate matter (PM2.5)", ConcentrationUnit.MICROGRAM_PER_CUBIC_METRE);

    private final String code;
    private final String displayCode;
    private final String nameZh;
    private final String nameEn;
    private final ConcentrationUnit unit;

    Pollutant(String code, String displayCode, String nameZh, String nameEn, ConcentrationUnit unit) {
        this.code = code;
        this.displayCode = displayCode;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unit = unit;
    }

    /** Plain ASCII code used in files and JSON: "SO2", "PM2.5". */
    public String code() {
        return code;
    }

    /** Code with subscripts for screens and PDFs: "SO₂", "PM₂.₅". */
    public String displayCode() {
        return displayCode;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public ConcentrationUnit unit() {
        return unit;
    }

    /**
     * Reads a code as staff write it in CSV headers: "PM2.5", "PM2_5", "pm25", "so2" ... Returns
     * empty for anything else, so the importer can report the file and line.
     */
    public static Optional<Pollutant> fromCode(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace(".", "").replace("_", "").replace("₂", "2")
                .replace("₃", "3").replace("₁₀", "10").replace("₅", "5");
        for (Pollutant p : values()) {
            if (p.code.toUpperCase(Locale.ROOT).replace(".", "").equals(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
