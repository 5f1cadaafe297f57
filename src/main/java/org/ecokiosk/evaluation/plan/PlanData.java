package org.ecokiosk.evaluation.plan;

import java.util.List;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.GreenMetric;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.NoiseReading;
import org.ecokiosk.model.O3HourPeak;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.PublishedFigure;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.model.WaterSection;

/**
 * Everything a plan indicator's figures can come from, as read from a snapshot by the caller.
 * {@code airDays} (and their {@code o3Peaks}) need cover only the years the caller asks about;
 * {@code published} are the figures the district published, with their documents.
 */
public record PlanData(List<PlanIndicator> indicators, List<IndicatorValue> values, List<GreenMetric> green,
                       List<WaterSection> sections, List<WaterSample> samples, List<NoiseReading> noise,
                       List<AirDay> airDays, List<O3HourPeak> o3Peaks, List<PublishedFigure> published) {
    public PlanData {
        indicators = List.copyOf(indicators);
        values = List.copyOf(values);
        green = List.copyOf(green);
        sections = List.copyOf(sections);
        samples = List.copyOf(samples);
        noise = List.copyOf(noise);
        airDays = List.copyOf(airDays);
        o3Peaks = List.copyOf(o3Peaks);
        published = List.copyOf(published);
    }

    /** Without published figures. */
    public PlanData(List<PlanIndicator> indicators, List<IndicatorValue> values, List<GreenMetric> green,
                    List<WaterSection> sections, List<WaterSample> samples, List<NoiseReading> noise,
                    List<AirDay> airDays, List<O3HourPeak> o3Peaks) {
        this(indicators, values, green, sections, samples, noise, airDays, o3Peaks, List.of());
    }

    /** Only the plan's own tables and values: no monitoring at all. */
    public static PlanData planOnly(List<PlanIndicator> indicators, List<IndicatorValue> values) {
        return new PlanData(indicators, values, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }
}
