package org.ecokiosk.model;

/**
 * An environmental facility open to the public. Empty strings where content gives nothing.
 *
 * @param photo     the name of its photo among the content images ("" for none: the kiosk then
 *                  shows a placeholder)
 * @param transport how to get there (bus, metro, walking), beside the address
 */
public record Facility(String code, LocalizedText name, String kind, LocalizedText address,
                       String bookingPhone, String bookingUrl, String virtualTourUrl,
                       LocalizedText description, DataOrigin origin, String photo, LocalizedText transport) {
    public Facility {
        photo = photo == null ? "" : photo.strip();
        transport = transport == null ? LocalizedText.of("", "") : transport;
    }

    /** A facility without photo and directions. */
    public Facility(String code, LocalizedText name, String kind, LocalizedText address, String bookingPhone,
                    String bookingUrl, String virtualTourUrl, LocalizedText description, DataOrigin origin) {
        this(code, name, kind, address, bookingPhone, bookingUrl, virtualTourUrl, description, origin, "",
                LocalizedText.of("", ""));
    }
}
