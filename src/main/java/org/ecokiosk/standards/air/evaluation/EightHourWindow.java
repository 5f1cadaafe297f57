package org.ecokiosk.standards.air.evaluation;

import java.util.OptionalDouble;

/**
 * One 8 h moving average covering hour indices {@code startHour} … {@code startHour + 7}
 * (so it ends at {@code startHour + 8}:00). {@code mean} is present when enough hours were valid.
 */
public record EightHourWindow(int startHour, int validHours, OptionalDouble mean) {

    /** The clock hour this average is labelled with (8 … 24). */
    public int endHour() {
        return startHour + 8;
    }

    public boolean valid() {
        return mean.isPresent();
    }
}
