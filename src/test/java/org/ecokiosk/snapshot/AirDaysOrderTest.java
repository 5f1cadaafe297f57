package org.ecokiosk.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.model.AirDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every station's days over a long period (read along the primary key) are the same rows in the same
 * (station, date) order as the year-by-year reads (along the date index), with stations on either side
 * of the fixture's in code order.
 */
class AirDaysOrderTest {
    @TempDir
    Path dir;

    @Test
    void aLongPeriodReadsTheRowsOfItsYearsInStationAndDateOrder() throws Exception {
        Path file = TestSnapshots.fromContent(dir);
        String columns = "date, pm25, pm10, so2, no2, co, o3_8h_max, aqi, published_aqi, primary_pollutants, rules, origin";
        TestSnapshots.editAndRehash(file,
                "INSERT INTO air_day (station, " + columns + ") SELECT '0-first', " + columns
                        + " FROM air_day WHERE date LIKE '%-0_-1_'",
                "INSERT INTO air_day (station, " + columns + ") SELECT '~last', " + columns
                        + " FROM air_day WHERE date LIKE '%-1_-0_'");
        try (SnapshotReader r = SnapshotReader.open(file)) {
            List<AirDay> all = r.airDays(Optional.empty(), LocalDate.of(2010, 1, 1), LocalDate.of(2030, 12, 31));
            List<AirDay> byYear = new ArrayList<>();
            for (int y = 2010; y <= 2030; y++) {
                byYear.addAll(r.airDays(Optional.empty(), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }
            byYear.sort(Comparator.comparing(AirDay::station).thenComparing(AirDay::date));
            assertTrue(all.stream().map(AirDay::station).distinct().count() >= 3, "three stations at least");
            assertEquals(byYear, all);
            List<AirDay> part = r.airDays(Optional.empty(), LocalDate.of(2010, 1, 1), all.get(all.size() / 2).date());
            assertEquals(all.stream().filter(d -> !d.date().isAfter(all.get(all.size() / 2).date())).toList(), part);
        }
    }
}
