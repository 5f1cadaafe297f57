package org.ecokiosk.standards.noise;

import java.time.LocalTime;

/** GB 3096-2008: day is 06:00–22:00, night 22:00–06:00 (local rules may shift it; we use the default). */
public enum DayPeriod {
    DAY("昼间", "day"),
    NIGHT("夜间", "night");

    private final String nameZh;
    private final String nameEn;

    DayPeriod(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public static DayPeriod of(LocalTime time) {
        return !time.isBefore(LocalTime.of(6, 0)) && time.isBefore(LocalTime.of(22, 0)) ? DAY : NIGHT;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
