package org.ecokiosk.standards.air;

/** The two AQI reports of HJ 633. */
public enum AqiReportType {
    /** 日报: the day's 24 h means and maximum 8 h O3 (2012: also the maximum 1 h O3). */
    DAILY("日报", "daily report"),
    /** 实时报: the hour's 1 h values; hourly PM10 and PM2.5 on the 24 h bands. */
    REAL_TIME("实时报", "real-time report");

    private final String nameZh;
    private final String nameEn;

    AqiReportType(String nameZh, String nameEn) {
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
