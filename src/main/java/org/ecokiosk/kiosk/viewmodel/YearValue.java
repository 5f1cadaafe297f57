package org.ecokiosk.kiosk.viewmodel;

import java.util.OptionalDouble;

/** One year of a yearly series; {@code value} empty when the snapshot has no figure (a gap, never 0). */
public record YearValue(int year, OptionalDouble value, boolean sample) {
    public static YearValue missing(int year) {
        return new YearValue(year, OptionalDouble.empty(), false);
    }

    public boolean present() {
        return value.isPresent();
    }
}
