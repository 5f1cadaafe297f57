package org.ecokiosk.ingest.air;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.snapshot.SnapshotReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Daily values derived while hours stream past must equal those derived from every hour the
 * finished snapshot holds, however the hours arrive: a day split over two files of one import,
 * out of time order, or completed by an earlier import.
 */
class StreamedDerivationTest {
    private static final String HEADER = "No,year,month,day,hour,PM2.5,PM10,SO2,NO2,CO,O3,TEMP,PRES,DEWP,RAIN,wd,WSPM,station\n";
    private static final Instant BUILT = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private static String row(int day, int hour, String station) {
        int pm = 20 + (day * 7 + hour * 3) % 90;
        return "1,2024,5," + day + "," + hour + "," + pm + "," + (pm + 30) + ",5,30,700," + (40 + hour * 4)
                + ",20,1010,5,0,N,2," + station + "\n";
    }

    private Path file(String name, String rows) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, HEADER + rows);
        return f;
    }

    @Test
    void aDaySplitOverFilesAndOutOfOrderIsDerivedFromAllItsHours() throws Exception {
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        for (int h = 0; h < 24; h++) {
            (h < 12 ? first : second).append(row(2, h, "S1"));     // day 2 split over the two files
            first.append(row(3, h, "S1"));                         // day 3 whole, after day 2's first half
            second.append(row(1, 23 - h, "S2"));                   // hours backwards
        }
        Path s = dir.resolve("s.sqlite");
        SnapshotBuilds.fromContent(Path.of("content"), s, BUILT);
        AirHourlyImport.Summary summary = AirHourlyImport.run(s, Path.of("content"),
                List.of(file("a.csv", first.toString()), file("b.csv", second.toString())), BUILT);
        assertEquals(3, summary.days());
        assertDaysAreThoseOfAllTheirHours(s, List.of("S1", "S2"));
    }

    @Test
    void aDayBegunInAnEarlierImportIsDerivedWhole() throws Exception {
        StringBuilder morning = new StringBuilder();
        StringBuilder evening = new StringBuilder();
        for (int h = 0; h < 24; h++) {
            (h < 12 ? morning : evening).append(row(5, h, "S1"));
        }
        Path s = dir.resolve("s.sqlite");
        SnapshotBuilds.fromContent(Path.of("content"), s, BUILT);
        AirHourlyImport.run(s, Path.of("content"), List.of(file("m.csv", morning.toString())), BUILT);
        AirHourlyImport.run(s, Path.of("content"), List.of(file("e.csv", evening.toString())), BUILT);
        assertDaysAreThoseOfAllTheirHours(s, List.of("S1"));
        try (SnapshotReader r = SnapshotReader.open(s)) {
            AirDay day = r.airDays(Optional.of("S1"), LocalDate.of(2024, 5, 5), LocalDate.of(2024, 5, 5)).get(0);
            assertEquals(true, day.aqi().isPresent(), "24 hours in all: a valid day");
        }
    }

    private static void assertDaysAreThoseOfAllTheirHours(Path s, List<String> stations) throws Exception {
        try (SnapshotReader r = SnapshotReader.open(s)) {
            for (String station : stations) {
                List<AirDay> days = r.airDays(Optional.of(station), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31));
                for (AirDay day : days) {
                    List<AirHour> hours = new ArrayList<>(r.airHours(station, day.date(), day.date()));
                    AirDay expected = DailyAirDerivation.derive(station, day.date(), hours, DataOrigin.IMPORTED);
                    assertEquals(expected, day, station + " " + day.date());
                }
            }
        }
    }
}
