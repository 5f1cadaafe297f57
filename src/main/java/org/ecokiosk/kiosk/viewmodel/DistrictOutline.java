package org.ecokiosk.kiosk.viewmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.ecokiosk.model.GeoPoint;

/**
 * The district's outline for the air map: the rings of the bundled {@code /map/shapingba.geojson}
 * (source and licence in {@code /map/SOURCE.md}), longitude/latitude. Read once, off the FX thread
 * (the air view model asks for it while it reads the snapshot).
 */
public record DistrictOutline(List<List<GeoPoint>> rings) {
    static final String RESOURCE = "/map/shapingba.geojson";

    public DistrictOutline {
        rings = rings.stream().map(List::copyOf).toList();
    }

    /** Shapingba District, parsed on first use and kept. */
    public static DistrictOutline shapingba() {
        return Holder.SHAPINGBA;
    }

    /** The smallest box holding every ring: {min lon, min lat, max lon, max lat}. */
    public double[] bounds() {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (List<GeoPoint> ring : rings) {
            for (GeoPoint p : ring) {
                b[0] = Math.min(b[0], p.longitude());
                b[1] = Math.min(b[1], p.latitude());
                b[2] = Math.max(b[2], p.longitude());
                b[3] = Math.max(b[3], p.latitude());
            }
        }
        return b;
    }

    /** The outer rings of every Polygon and MultiPolygon feature of a GeoJSON FeatureCollection. */
    static DistrictOutline parse(InputStream geoJson) throws IOException {
        JsonNode root = new ObjectMapper().readTree(geoJson);
        List<List<GeoPoint>> rings = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            JsonNode geometry = feature.path("geometry");
            JsonNode coordinates = geometry.path("coordinates");
            switch (geometry.path("type").asText()) {
                case "Polygon" -> rings.add(ring(coordinates.path(0)));
                case "MultiPolygon" -> coordinates.forEach(polygon -> rings.add(ring(polygon.path(0))));
                default -> throw new IOException("not a polygon: " + geometry.path("type").asText());
            }
        }
        if (rings.isEmpty() || rings.stream().anyMatch(r -> r.size() < 3)) {
            throw new IOException("no outline in the map file");
        }
        return new DistrictOutline(rings);
    }

    private static List<GeoPoint> ring(JsonNode positions) {
        List<GeoPoint> ring = new ArrayList<>(positions.size());
        positions.forEach(p -> ring.add(new GeoPoint(p.path(0).asDouble(), p.path(1).asDouble())));
        return ring;
    }

    private static final class Holder {
        static final DistrictOutline SHAPINGBA = load();

        private static DistrictOutline load() {
            try (InputStream in = DistrictOutline.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException(RESOURCE + " is missing from the build");
                }
                return parse(in);
            } catch (IOException e) {
                // a build without its map is broken, like one without its fonts
                throw new UncheckedIOException(e);
            }
        }
    }
}
