package org.ecokiosk.standards.air;

/** Averaging periods used by GB 3095-2012 / HJ 633-2012 / HJ 663-2013. */
public enum AveragingPeriod {
    HOUR_1("1小时平均", "1-hour mean"),
    /** 8 h moving average; for O3 in daily use it is the day's maximum 8 h average. */
    HOURS_8("8小时滑动平均", "8-hour moving mean"),
    HOURS_24("24小时平均", "24-hour mean"),
    ANNUAL("年平均", "annual mean");

    private final String nameZh;
    private final String nameEn;

    AveragingPeriod(String nameZh, String nameEn) {
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
