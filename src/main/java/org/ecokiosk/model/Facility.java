package org.ecokiosk.model;

/** An environmental facility open to the public. Empty strings where content gives nothing. */
public record Facility(String code, LocalizedText name, String kind, LocalizedText address,
                       String bookingPhone, String bookingUrl, String virtualTourUrl,
                       LocalizedText description, DataOrigin origin) {
}
