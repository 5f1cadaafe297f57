package org.ecokiosk.snapshot;

import java.util.List;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.model.ContentImage;
import org.ecokiosk.model.ContentPage;
import org.ecokiosk.model.EcoTown;
import org.ecokiosk.model.Facility;
import org.ecokiosk.model.GreenMetric;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.NoiseReading;
import org.ecokiosk.model.OpenDay;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.PublishedFigure;
import org.ecokiosk.model.Station;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.model.WaterSection;

/**
 * Everything to write into a snapshot, as records. Importers fill the parts they own and
 * leave the others empty; {@link SnapshotWriter} appends each part to what is already there.
 */
public record SnapshotContent(
        List<PlanIndicator> indicators,
        List<IndicatorValue> indicatorValues,
        List<Station> stations,
        List<AirHour> airHours,
        List<AirDay> airDays,
        List<WaterSection> waterSections,
        List<WaterSample> waterSamples,
        List<NoiseReading> noiseReadings,
        List<GreenMetric> greenMetrics,
        List<EcoTown> ecoTowns,
        List<Facility> facilities,
        List<OpenDay> openDays,
        List<ContentPage> pages,
        List<ContentImage> images,
        List<PublishedFigure> publishedFigures) {

    public SnapshotContent {
        indicators = List.copyOf(indicators);
        indicatorValues = List.copyOf(indicatorValues);
        stations = List.copyOf(stations);
        airHours = List.copyOf(airHours);
        airDays = List.copyOf(airDays);
        waterSections = List.copyOf(waterSections);
        waterSamples = List.copyOf(waterSamples);
        noiseReadings = List.copyOf(noiseReadings);
        greenMetrics = List.copyOf(greenMetrics);
        ecoTowns = List.copyOf(ecoTowns);
        facilities = List.copyOf(facilities);
        openDays = List.copyOf(openDays);
        pages = List.copyOf(pages);
        images = List.copyOf(images);
        publishedFigures = List.copyOf(publishedFigures);
    }

    /** This content followed by {@code more}, part by part (later rows win on equal keys). */
    public SnapshotContent plus(SnapshotContent more) {
        return new SnapshotContent(join(indicators, more.indicators), join(indicatorValues, more.indicatorValues),
                join(stations, more.stations), join(airHours, more.airHours), join(airDays, more.airDays),
                join(waterSections, more.waterSections), join(waterSamples, more.waterSamples),
                join(noiseReadings, more.noiseReadings), join(greenMetrics, more.greenMetrics),
                join(ecoTowns, more.ecoTowns), join(facilities, more.facilities), join(openDays, more.openDays),
                join(pages, more.pages), join(images, more.images), join(publishedFigures, more.publishedFigures));
    }

    private static <T> List<T> join(List<T> a, List<T> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<T> all = new java.util.ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    public static SnapshotContent empty() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects parts one at a time, for loaders that read many files. */
    public static final class Builder {
        private List<PlanIndicator> indicators = List.of();
        private List<IndicatorValue> indicatorValues = List.of();
        private List<Station> stations = List.of();
        private List<AirHour> airHours = List.of();
        private List<AirDay> airDays = List.of();
        private List<WaterSection> waterSections = List.of();
        private List<WaterSample> waterSamples = List.of();
        private List<NoiseReading> noiseReadings = List.of();
        private List<GreenMetric> greenMetrics = List.of();
        private List<EcoTown> ecoTowns = List.of();
        private List<Facility> facilities = List.of();
        private List<OpenDay> openDays = List.of();
        private List<ContentPage> pages = List.of();
        private List<ContentImage> images = List.of();
        private List<PublishedFigure> publishedFigures = List.of();

        public Builder indicators(List<PlanIndicator> v) { indicators = v; return this; }
        public Builder indicatorValues(List<IndicatorValue> v) { indicatorValues = v; return this; }
        public Builder stations(List<Station> v) { stations = v; return this; }
        public Builder airHours(List<AirHour> v) { airHours = v; return this; }
        public Builder airDays(List<AirDay> v) { airDays = v; return this; }
        public Builder waterSections(List<WaterSection> v) { waterSections = v; return this; }
        public Builder waterSamples(List<WaterSample> v) { waterSamples = v; return this; }
        public Builder noiseReadings(List<NoiseReading> v) { noiseReadings = v; return this; }
        public Builder greenMetrics(List<GreenMetric> v) { greenMetrics = v; return this; }
        public Builder ecoTowns(List<EcoTown> v) { ecoTowns = v; return this; }
        public Builder facilities(List<Facility> v) { facilities = v; return this; }
        public Builder openDays(List<OpenDay> v) { openDays = v; return this; }
        public Builder pages(List<ContentPage> v) { pages = v; return this; }
        public Builder images(List<ContentImage> v) { images = v; return this; }
        public Builder publishedFigures(List<PublishedFigure> v) { publishedFigures = v; return this; }

        public SnapshotContent build() {
            return new SnapshotContent(indicators, indicatorValues, stations, airHours, airDays, waterSections,
                    waterSamples, noiseReadings, greenMetrics, ecoTowns, facilities, openDays, pages, images,
                    publishedFigures);
        }
    }
}
