package org.ecokiosk.kiosk.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ecokiosk.evaluation.YearFigure;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.PublishedDocument;

/**
 * Look-ups and conversions the environment view models share. No judgement here: figures and
 * verdicts come from the evaluation layer; this only turns them into what charts draw.
 */
final class Figures {
    private Figures() {
    }

    static Optional<PlanIndicator> indicator(List<PlanIndicator> indicators, String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The indicator's numeric target, empty when the plan gives none or a text. */
    static OptionalDouble target(List<PlanIndicator> indicators, String code) {
        return indicator(indicators, code).flatMap(i -> i.target().number())
                .map(n -> OptionalDouble.of(n.doubleValue())).orElse(OptionalDouble.empty());
    }

    /** A numeric figure as a chart point, with its document when it is a published one; empty for a class or text figure. */
    static Optional<YearValue> value(YearFigure figure) {
        OptionalDouble n = figure.number();
        return n.isPresent() ? Optional.of(new YearValue(figure.year(), n, figure.sample(),
                figure.document().map(PublishedDocument::title))) : Optional.empty();
    }

    /** {@code from..to} from a series, one entry per year; a year without a numeric figure is a gap. */
    static List<YearValue> years(List<YearFigure> series, int from, int to) {
        List<YearValue> out = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            int y = year;
            out.add(series.stream().filter(f -> f.year() == y).findFirst().flatMap(Figures::value)
                    .orElse(YearValue.missing(y)));
        }
        return out;
    }

    /** The series from its first to its last numeric year, gaps kept; empty for an empty series. */
    static List<YearValue> span(List<YearFigure> series) {
        List<YearFigure> numeric = series.stream().filter(f -> f.number().isPresent()).toList();
        if (numeric.isEmpty()) {
            return List.of();
        }
        return years(numeric, numeric.get(0).year(), numeric.get(numeric.size() - 1).year());
    }
}
