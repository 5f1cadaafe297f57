package org.ecokiosk.standards.water;

/** River sections and lakes/reservoirs differ in the TP limits of GB 3838-2002. */
public enum WaterBodyType {
    RIVER("河流", "river"),
    LAKE_OR_RESERVOIR("湖泊、水库", "lake or reservoir");

    private final String nameZh;
    private final String nameEn;

    WaterBodyType(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
