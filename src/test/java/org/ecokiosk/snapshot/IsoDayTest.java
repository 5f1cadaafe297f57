package org.ecokiosk.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast reading of the snapshot's dates is LocalDate.parse, only cheaper. */
class IsoDayTest {

    @Test
    void everyDayOfTheReportYearsReadsAsLocalDateParseReadsIt() {
        for (LocalDate d = LocalDate.of(2014, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(1)) {
            assertEquals(LocalDate.parse(d.toString()), IsoDay.parse(d.toString()));
        }
        assertEquals(LocalDate.of(2024, 2, 29), IsoDay.parse("2024-02-29"));
    }

    @Test
    void anythingElseFailsWithLocalDateParsesOwnMessage() {
        for (String bad : List.of("2025-02-30", "2025-13-01", "2025-00-10", "2025-1-01", "2025/01/01", "２０２５-01-01",
                "2025-01-0x", "", " 2025-01-01", "2025-01-01T00:00")) {
            DateTimeParseException expected = assertThrows(DateTimeParseException.class, () -> LocalDate.parse(bad));
            DateTimeParseException got = assertThrows(DateTimeParseException.class, () -> IsoDay.parse(bad), bad);
            assertEquals(expected.getMessage(), got.getMessage(), bad);
        }
    }

    @Test
    void yearsBeyondFourDigitsStillGoThroughTheFormatter() {
        assertEquals(LocalDate.parse("+10000-01-01"), IsoDay.parse("+10000-01-01"));
    }
}
