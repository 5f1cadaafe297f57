package org.ecokiosk.model;

import java.time.LocalDate;

/**
 * The highest valid hourly O3 of a station-day (µg/m³), read from the station's hours. Under
 * HJ 633-2012 the daily AQI also rates this 1 h maximum; stations without hours have none.
 */
public record O3HourPeak(String station, LocalDate date, double o3) {
}
