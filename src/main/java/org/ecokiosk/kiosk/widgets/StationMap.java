package org.ecokiosk.kiosk.widgets;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polygon;
import org.ecokiosk.model.GeoPoint;

/**
 * A small offline vector map: the district's outline and a marker per station at its position,
 * to scale (equirectangular, longitude shortened by the cosine of the mid latitude — exact enough
 * for a district 30 km across). It fills its width and takes the height the outline's shape asks
 * for, at most {@code maxHeightEm}. Markers are any nodes (the screen makes them: level colour,
 * shape, number and name) whose first part is centred on their station; they are kept inside the map.
 */
public final class StationMap extends Region {
    private static final double PAD = 0.06;

    /** One station's marker and where it stands. */
    public record Marker(GeoPoint at, Node node) {
    }

    private final List<List<GeoPoint>> rings;
    private final List<Polygon> outlines = new ArrayList<>();
    private final List<Marker> markers;
    private final double[] box;
    private final double maxHeight;

    /**
     * @param rings the outline's rings (longitude/latitude)
     * @param em    the page's root font size in px
     */
    public StationMap(List<List<GeoPoint>> rings, List<Marker> markers, double em, double maxHeightEm) {
        this.rings = List.copyOf(rings);
        this.markers = List.copyOf(markers);
        this.maxHeight = em * maxHeightEm;
        getStyleClass().add("station-map");
        box = bounds(this.rings, this.markers);
        for (int i = 0; i < this.rings.size(); i++) {
            Polygon p = new Polygon();
            p.getStyleClass().add("map-outline");
            outlines.add(p);
            getChildren().add(p);
        }
        this.markers.forEach(m -> getChildren().add(m.node()));
        setMinWidth(0);
    }

    /** Width ÷ height of the box on the ground. */
    private double aspect() {
        double midLat = Math.toRadians((box[1] + box[3]) / 2);
        return (box[2] - box[0]) * Math.cos(midLat) / (box[3] - box[1]);
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : 600;
        return Math.min(maxHeight, w / aspect());
    }

    @Override
    protected double computePrefWidth(double height) {
        return 600;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        // the largest box of the map's aspect inside the region, centred
        double mapW = Math.min(w, h * aspect());
        double mapH = mapW / aspect();
        double left = (w - mapW) / 2;
        double top = (h - mapH) / 2;
        for (int i = 0; i < rings.size(); i++) {
            List<Double> points = new ArrayList<>();
            for (GeoPoint p : rings.get(i)) {
                points.add(left + x(p) * mapW);
                points.add(top + y(p) * mapH);
            }
            outlines.get(i).getPoints().setAll(points);
        }
        for (Marker m : markers) {
            Node n = m.node();
            double nw = n.prefWidth(-1);
            double nh = n.prefHeight(nw);
            double cx = left + x(m.at()) * mapW;
            double cy = top + y(m.at()) * mapH;
            // the station stands under the centre of the marker's first part (its AQI badge)
            double anchor = n instanceof javafx.scene.Parent p && !p.getChildrenUnmodifiable().isEmpty()
                    ? p.getChildrenUnmodifiable().get(0).prefHeight(-1) / 2 : nh / 2;
            double nx = Math.max(0, Math.min(w - nw, cx - nw / 2));
            double ny = Math.max(0, Math.min(h - nh, cy - anchor));
            n.resizeRelocate(nx, ny, nw, nh);
        }
    }

    /** 0 … 1 from west to east. */
    private double x(GeoPoint p) {
        return (p.longitude() - box[0]) / (box[2] - box[0]);
    }

    /** 0 … 1 from north to south. */
    private double y(GeoPoint p) {
        return (box[3] - p.latitude()) / (box[3] - box[1]);
    }

    /** The outline's and the stations' box, padded, so a station just outside the outline still shows. */
    private static double[] bounds(List<List<GeoPoint>> rings, List<Marker> markers) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        List<GeoPoint> all = new ArrayList<>();
        rings.forEach(all::addAll);
        markers.forEach(m -> all.add(m.at()));
        for (GeoPoint p : all) {
            b[0] = Math.min(b[0], p.longitude());
            b[1] = Math.min(b[1], p.latitude());
            b[2] = Math.max(b[2], p.longitude());
            b[3] = Math.max(b[3], p.latitude());
        }
        if (all.isEmpty()) {
            return new double[] {0, 0, 1, 1};
        }
        double dx = Math.max(b[2] - b[0], 0.01) * PAD;
        double dy = Math.max(b[3] - b[1], 0.01) * PAD;
        return new double[] {b[0] - dx, b[1] - dy, b[2] + dx, b[3] + dy};
    }
}
