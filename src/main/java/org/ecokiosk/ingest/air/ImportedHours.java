package org.ecokiosk.ingest.air;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.snapshot.AirHourSink;
import org.ecokiosk.snapshot.SnapshotException;

/**
 * The hours one import has read so far, across all its files: which station-hours were seen
 * (a second row for the same station and hour is a mistake, not an update), which station-days
 * need their daily values derived, and the hours themselves, streamed into the snapshot. Bit sets
 * keep this small: 12 stations × 4 years of hours is 50 KB, where a set of keys would be 40 MB.
 */
final class ImportedHours {
    static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);

    private final AirHourSink sink;
    private final Map<String, BitSet> seenHours = new TreeMap<>();
    private final Map<String, BitSet> touchedDays = new TreeMap<>();
    private final Map<String, String> cities = new LinkedHashMap<>();
    private boolean writing = true;

    ImportedHours(AirHourSink sink) {
        this.sink = sink;
    }

    static boolean inRange(LocalDate date) {
        return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
    }

    /** False when the station already had this hour in this import. */
    boolean claim(String station, LocalDateTime hour) {
        int day = dayIndex(hour.toLocalDate());
        BitSet seen = seenHours.computeIfAbsent(station, s -> new BitSet());
        int index = day * 24 + hour.getHour();
        if (seen.get(index)) {
            return false;
        }
        seen.set(index);
        touchedDays.computeIfAbsent(station, s -> new BitSet()).set(day);
        return true;
    }

    /** Writes a claimed hour, unless a problem was already found: then the build is lost anyway. */
    void write(AirHour hour, String city) throws SnapshotException {
        cities.putIfAbsent(hour.station(), city);
        if (writing) {
            sink.add(hour);
        }
    }

    void stopWriting() {
        writing = false;
    }

    long written() {
        return sink.written();
    }

    /** Stations in code order, with the city of the file they came from. */
    Map<String, String> stationCities() {
        return cities;
    }

    /** The days of {@code station} that got at least one hour. */
    BitSet touchedDays(String station) {
        return touchedDays.getOrDefault(station, new BitSet());
    }

    static int dayIndex(LocalDate date) {
        return (int) (date.toEpochDay() - FIRST_DATE.toEpochDay());
    }

    static LocalDate dateOf(int dayIndex) {
        return FIRST_DATE.plusDays(dayIndex);
    }
}
