package org.ecokiosk.standards.air.evaluation;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The day's maximum 8 h O3 (日最大8小时平均).
 *
 * @param windows                the day's 8 h windows, valid or not
 * @param validWindows           how many of them were valid
 * @param value                  the maximum, present when the day's value counts
 * @param validOnlyByExceedance  true when fewer windows than required were valid but the maximum
 *                               already exceeds the limit, which HJ 663-2013 accepts
 */
public record DailyMaxEightHour(List<EightHourWindow> windows, int validWindows, OptionalDouble value,
                                boolean validOnlyByExceedance, String rulesId) {

    public DailyMaxEightHour {
        windows = List.copyOf(windows);
    }

    public boolean valid() {
        return value.isPresent();
    }
}
