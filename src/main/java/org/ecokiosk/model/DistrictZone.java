package org.ecokiosk.model;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The district's time zone: Chongqing keeps China Standard Time. It is the default of
 * {@code kiosk.zone}, and what "today" means for code that is not handed the configured clock
 * (a test, a benchmark) — never the machine's own zone, so a kiosk on a UTC machine does not
 * think it is yesterday until eight in the morning.
 */
public final class DistrictZone {
    public static final ZoneId ID = ZoneId.of("Asia/Shanghai");

    private DistrictZone() {
    }

    /** The machine's time, told in the district's zone. */
    public static Clock clock() {
        return Clock.system(ID);
    }

    /** Today in the district. */
    public static LocalDate today() {
        return LocalDate.now(clock());
    }
}
