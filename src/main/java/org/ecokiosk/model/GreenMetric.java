package org.ecokiosk.model;

/** A yearly green-space figure: forest cover, built-up green coverage, park green per person ... */
public record GreenMetric(String code, LocalizedText name, int year, double value, String unit, DataOrigin origin) {
}
