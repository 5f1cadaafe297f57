package org.ecokiosk.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ecokiosk.model.DataOrigin;

/**
 * Which figure wins when several say something about the same thing: imported monitoring, then a
 * figure the district published, then the plan's own printed figure, then sample data. Sample
 * data never mixes with real data: where a real figure exists for a period, sample ones of that
 * period are left out entirely (a district mean of one real and one sample station means nothing).
 */
public final class FigurePrecedence {
    /** Best first. */
    public static final Comparator<DataOrigin> BEST_FIRST = Comparator.comparingInt(FigurePrecedence::rank);

    private FigurePrecedence() {
    }

    /** 0 for the strongest origin. */
    public static int rank(DataOrigin origin) {
        return switch (origin) {
            case IMPORTED -> 0;
            case PUBLISHED -> 1;
            case PLAN -> 2;
            case SAMPLE -> 3;
        };
    }

    /** The strongest origin among the items; empty for no items. */
    public static <T> Optional<DataOrigin> bestOrigin(List<T> items, Function<T, DataOrigin> origin) {
        return items.stream().map(origin).min(BEST_FIRST);
    }

    /**
     * The items of the strongest origin present, in their order: measurements of one period are
     * taken from one origin only (e.g. a period's station-days: imported stations when any
     * imported station has data, else the sample stations).
     */
    public static <T> List<T> strongestOnly(List<T> items, Function<T, DataOrigin> origin) {
        Optional<DataOrigin> best = bestOrigin(items, origin);
        return best.map(b -> items.stream().filter(i -> origin.apply(i) == b).toList()).orElse(List.of());
    }

    /** The winner of several candidates for one figure: strongest origin, then the first given. */
    public static <T> Optional<T> best(List<T> candidates, Function<T, DataOrigin> origin) {
        return candidates.stream().min(Comparator.comparing(origin, BEST_FIRST));
    }
}
