package org.ecokiosk.kiosk.viewmodel;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ecokiosk.model.LocalizedText;

/**
 * One year of a yearly series; {@code value} empty when the snapshot has no figure (a gap, never 0).
 * {@code publishedIn}: the title of the document the district published the figure in, when the
 * evaluation layer chose a published figure for the year (residents are told where it comes from).
 */
public record YearValue(int year, OptionalDouble value, boolean sample, Optional<LocalizedText> publishedIn) {
    /** A figure of the snapshot's own data (monitoring, the plan, sample data). */
    public YearValue(int year, OptionalDouble value, boolean sample) {
        this(year, value, sample, Optional.empty());
    }

    public static YearValue missing(int year) {
        return new YearValue(year, OptionalDouble.empty(), false);
    }

    public boolean present() {
        return value.isPresent();
    }

    /** The published figures of {@code years}, one line each: the year and its document, oldest first. */
    public static List<YearValue> published(List<YearValue> years) {
        return years.stream().filter(v -> v.present() && v.publishedIn().isPresent()).toList();
    }
}
