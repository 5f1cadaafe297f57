package org.ecokiosk.standards.air;

/** Units in which GB 3095-2012 and HJ 633-2012 state concentrations. */
public enum ConcentrationUnit {
    MICROGRAM_PER_CUBIC_METRE("µg/m³", "微克/立方米"),
    MILLIGRAM_PER_CUBIC_METRE("mg/m³", "毫克/立方米");

    private final String symbol;
    private final String nameZh;

    ConcentrationUnit(String symbol, String nameZh) {
        this.symbol = symbol;
        this.nameZh = nameZh;
    }

    public String symbol() {
        return symbol;
    }

    public String nameZh() {
        return nameZh;
    }
}
