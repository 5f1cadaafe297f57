package org.ecokiosk.model;

import java.time.LocalDate;
import java.time.LocalTime;

/** One public open day of a facility; quota 0 means not limited. */
public record OpenDay(String facility, LocalDate date, LocalTime start, LocalTime end, int quota,
                      LocalizedText note, DataOrigin origin) {
}
