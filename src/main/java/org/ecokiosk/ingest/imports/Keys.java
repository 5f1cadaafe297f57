package org.ecokiosk.ingest.imports;

import org.ecokiosk.model.ContentPage;
import org.ecokiosk.model.EcoTown;
import org.ecokiosk.model.Facility;
import org.ecokiosk.model.GreenMetric;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.NoiseReading;
import org.ecokiosk.model.OpenDay;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.Station;
import org.ecokiosk.model.PublishedFigure;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.model.WaterSection;

/**
 * Each record's identity as the snapshot's primary key sees it: an imported row with the key
 * of a row already there replaces it. Keys are prefixed by table so one set holds them all.
 */
final class Keys {
    private Keys() {
    }

    static String of(PlanIndicator i) {
        return "indicator|" + i.code();
    }

    static String of(IndicatorValue v) {
        return "value|" + v.indicatorCode() + "|" + v.year() + "|" + v.origin().code();
    }

    static String of(PublishedFigure f) {
        return "published|" + f.year() + "|" + f.key();
    }

    static String of(WaterSection s) {
        return "section|" + s.code();
    }

    static String of(WaterSample s) {
        return "sample|" + s.section() + "|" + s.date();
    }

    static String of(NoiseReading n) {
        return "noise|" + n.kind().code() + "|" + n.zone() + "|" + n.site() + "|" + n.year() + "|" + n.night();
    }

    static String of(GreenMetric g) {
        return "green|" + g.code() + "|" + g.year();
    }

    static String of(EcoTown t) {
        return "town|" + t.code();
    }

    static String of(Facility f) {
        return "facility|" + f.code();
    }

    static String of(Station s) {
        return "station|" + s.code();
    }

    static String of(OpenDay o) {
        return "openday|" + o.facility() + "|" + o.date() + "|" + o.start();
    }

    static String of(ContentPage p) {
        return "page|" + p.kind() + "|" + p.slug();
    }
}
