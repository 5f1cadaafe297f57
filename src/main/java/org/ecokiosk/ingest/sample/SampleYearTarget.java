package org.ecokiosk.ingest.sample;

/**
 * What the sample air series must give for one year, judged under HJ 663: the number of good
 * days (daily AQI ≤ 100) and the PM2.5 annual mean, µg/m³ (met exactly, to the last digit).
 */
record SampleYearTarget(int year, int goodDays, int pm25Mean, double ozoneShareOfBadDays) {
}
