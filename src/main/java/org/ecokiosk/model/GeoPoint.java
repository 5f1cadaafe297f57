package org.ecokiosk.model;

/**
 * A place on the earth in WGS 84 degrees, as station lists give it (经度, 纬度).
 *
 * @param longitude −180 … 180, east positive
 * @param latitude  −90 … 90, north positive
 */
public record GeoPoint(double longitude, double latitude) {
    public GeoPoint {
        if (!(longitude >= -180 && longitude <= 180) || !(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("not a longitude/latitude: " + longitude + ", " + latitude);
        }
    }

    /** True for a valid pair (the check the constructor makes, for callers that validate input). */
    public static boolean valid(double longitude, double latitude) {
        return longitude >= -180 && longitude <= 180 && latitude >= -90 && latitude <= 90;
    }
}
