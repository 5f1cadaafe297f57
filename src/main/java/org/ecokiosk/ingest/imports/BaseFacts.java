package org.ecokiosk.ingest.imports;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.Facility;
import org.ecokiosk.model.GreenMetric;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.PageKind;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.Station;
import org.ecokiosk.model.WaterSection;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;

/**
 * What the snapshot being added to already holds, as far as imports must check against it:
 * codes that references must resolve to, plan figures an import may not change, units a
 * series keeps, and the keys already present (to count replaced rows).
 */
record BaseFacts(Set<String> indicatorCodes, Map<String, String> planFigures, List<WaterSection> waterSections,
                 Set<String> facilityCodes, Map<String, String> greenUnits, Set<String> imageNames,
                 Set<String> existingKeys, Map<String, Station> stations) {

    static BaseFacts read(Path snapshot) throws SnapshotException {
        try (SnapshotReader reader = SnapshotReader.open(snapshot)) {
            Set<String> indicators = new HashSet<>();
            reader.indicators().stream().map(PlanIndicator::code).forEach(indicators::add);
            Map<String, String> plan = new HashMap<>();
            Set<String> keys = new HashSet<>();
            for (IndicatorValue v : reader.indicatorValues()) {
                if (v.origin() == DataOrigin.PLAN) {
                    plan.put(v.indicatorCode() + "|" + v.year(), v.value().display());
                }
                keys.add(Keys.of(v));
            }
            Set<String> facilities = new HashSet<>();
            for (Facility f : reader.facilities()) {
                facilities.add(f.code());
                keys.add(Keys.of(f));
            }
            Map<String, String> units = new HashMap<>();
            for (GreenMetric g : reader.greenMetrics()) {
                units.putIfAbsent(g.code(), g.unit());
                keys.add(Keys.of(g));
            }
            reader.indicators().forEach(i -> keys.add(Keys.of(i)));
            reader.waterSections().forEach(s -> keys.add(Keys.of(s)));
            reader.publishedFigures().forEach(f -> keys.add(Keys.of(f)));
            reader.waterSamples().forEach(s -> keys.add(Keys.of(s)));
            reader.noiseReadings().forEach(n -> keys.add(Keys.of(n)));
            reader.ecoTowns().forEach(t -> keys.add(Keys.of(t)));
            reader.openDays().forEach(o -> keys.add(Keys.of(o)));
            Map<String, Station> stations = new HashMap<>();
            for (Station st : reader.stations()) {
                stations.put(st.code(), st);
                keys.add(Keys.of(st));
            }
            for (PageKind kind : PageKind.values()) {
                reader.pages(kind).forEach(p -> keys.add(Keys.of(p)));
            }
            return new BaseFacts(Set.copyOf(indicators), Map.copyOf(plan), reader.waterSections(),
                    Set.copyOf(facilities), Map.copyOf(units), Set.copyOf(reader.imageNames()), Set.copyOf(keys),
                    Map.copyOf(stations));
        }
    }
}
