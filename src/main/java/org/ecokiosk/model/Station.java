package org.ecokiosk.model;

import java.util.Optional;

/**
 * An air monitoring station, created as imports find it.
 *
 * @param position where it stands, when a station list (or the sample settings) gave it; empty
 *                 until then — such a station is listed but not drawn on the map
 */
public record Station(String code, LocalizedText name, String city, DataOrigin origin, Optional<GeoPoint> position) {

    /** A station whose position is not known (yet). */
    public Station(String code, LocalizedText name, String city, DataOrigin origin) {
        this(code, name, city, origin, Optional.empty());
    }

    /** The same station at {@code at}. */
    public Station at(GeoPoint at) {
        return new Station(code, name, city, origin, Optional.of(at));
    }
}
