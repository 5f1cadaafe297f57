package org.ecokiosk.model;

/** An air monitoring station, created as imports find it. */
public record Station(String code, LocalizedText name, String city, DataOrigin origin) {
}
