package org.ecokiosk.standards.air;

/**
 * One column of HJ 633-2012 table 1: a pollutant averaged over a period. PM10 and PM2.5 have
 * only a 24 h column; the standard gives no 1 h breakpoints for them.
 */
public enum IaqiIndicator {
    SO2_24H(Pollutant.SO2, AveragingPeriod.HOURS_24),
    SO2_1H(Pollutant.SO2, AveragingPeriod.HOUR_1),
    NO2_24H(Pollutant.NO2, AveragingPeriod.HOURS_24),
    NO2_1H(Pollutant.NO2, AveragingPeriod.HOUR_1),
    PM10_24H(Pollutant.PM10, AveragingPeriod.HOURS_24),
    CO_24H(Pollutant.CO, AveragingPeriod.HOURS_24),
    CO_1H(Pollutant.CO, AveragingPeriod.HOUR_1),
    O3_1H(Pollutant.O3, AveragingPeriod.HOUR_1),
    O3_8H(Pollutant.O3, AveragingPeriod.HOURS_8),
    PM2_5_24H(Pollutant.PM2_5, AveragingPeriod.HOURS_24);

    private final Pollutant pollutant;
    private final AveragingPeriod period;

    IaqiIndicator(Pollutant pollutant, AveragingPeriod period) {
        this.pollutant = pollutant;
        this.period = period;
    }

    public Pollutant pollutant() {
        return pollutant;
    }

    public AveragingPeriod period() {
        return period;
    }
}
