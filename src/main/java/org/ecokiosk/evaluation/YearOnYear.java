package org.ecokiosk.evaluation;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * 同比: a figure of the year beside the same figure of the year before. The one rule for every
 * report and screen: the change is this year minus last year; the relative change is that
 * difference over last year's figure (none when last year's is zero); without last year's figure
 * there is no comparison ("上年无数据"), never a zero.
 *
 * @param current  this year's figure, when there is one
 * @param previous last year's figure, when there is one
 */
public record YearOnYear(OptionalDouble current, OptionalDouble previous) {

    public static YearOnYear of(OptionalDouble current, OptionalDouble previous) {
        return new YearOnYear(current, previous);
    }

    public static YearOnYear of(double current, OptionalDouble previous) {
        return new YearOnYear(OptionalDouble.of(current), previous);
    }

    /** Both years have a figure. */
    public boolean comparable() {
        return current.isPresent() && previous.isPresent();
    }

    /** this year − last year; empty unless {@link #comparable()}. */
    public OptionalDouble difference() {
        return comparable() ? OptionalDouble.of(current.getAsDouble() - previous.getAsDouble()) : OptionalDouble.empty();
    }

    /** (this year − last year) / last year; empty unless comparable and last year's figure is not zero. */
    public OptionalDouble relative() {
        if (!comparable() || previous.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((current.getAsDouble() - previous.getAsDouble()) / previous.getAsDouble());
    }

    /** The direction of the change; empty unless comparable. */
    public Optional<Direction> direction() {
        return difference().isPresent() ? Optional.of(Direction.of(difference().getAsDouble())) : Optional.empty();
    }

    /** Up, down or unchanged. */
    public enum Direction {
        UP, DOWN, SAME;

        static Direction of(double difference) {
            return difference > 0 ? UP : difference < 0 ? DOWN : SAME;
        }
    }
}
