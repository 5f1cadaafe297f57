package org.ecokiosk.standards.air.evaluation;

import org.ecokiosk.standards.air.AveragingPeriod;

/** The annual statistics of HJ 663-2013 and the GB 3095 limit period each is judged against. */
public enum StatisticKind {
    /** SO2, NO2, PM10, PM2.5: mean of the valid daily values, against the annual limit. */
    ANNUAL_MEAN(AveragingPeriod.ANNUAL, "年平均", "annual mean"),
    /** CO: 95th percentile of the 24 h means, against the 24 h limit. */
    CO_24H_P95(AveragingPeriod.HOURS_24, "24小时平均第95百分位数", "95th percentile of 24-hour means"),
    /** O3: 90th percentile of the daily maximum 8 h averages, against the 8 h limit. */
    O3_MAX8H_P90(AveragingPeriod.HOURS_8, "日最大8小时滑动平均第90百分位数",
            "90th percentile of daily maximum 8-hour means");

    private final AveragingPeriod limitPeriod;
    private final String nameZh;
    private final String nameEn;

    StatisticKind(AveragingPeriod limitPeriod, String nameZh, String nameEn) {
        this.limitPeriod = limitPeriod;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public AveragingPeriod limitPeriod() {
        return limitPeriod;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
