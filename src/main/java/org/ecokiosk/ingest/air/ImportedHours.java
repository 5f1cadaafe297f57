package org.ecokiosk.ingest.air;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.snapshot.AirHourSink;
import org.ecokiosk.snapshot.SnapshotException;

/**
 * The hours one import has read so far, across all its files: which station-hours were seen
 * (a second row for the same station and hour is a mistake, not an update), which station-days
 * need their daily values derived, and the hours themselves, streamed into the snapshot. Bit sets
 * keep this small: 12 stations × 4 years of hours is 50 KB, where a set of keys would be 40 MB.
 *
 * <p>Daily values are derived as the hours stream past: files list a station's hours in time
 * order, so when a station's next day begins, the day before is complete and is derived from the
 * hours held for it (never more than one day per station). Only a day that cannot be known
 * complete this way is left to be derived from the finished snapshot: one whose station already
 * had hours around that date in the base, or one that got another hour after it was derived.
 */
final class ImportedHours {
    static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);

    private final AirHourSink sink;
    private final Map<String, BitSet> seenHours = new HashMap<>();
    private final Map<String, BitSet> touchedDays = new TreeMap<>();
    private final Map<String, String> cities = new LinkedHashMap<>();
    private final Map<String, BitSet> derived = new HashMap<>();
    private final Map<String, BitSet> readBack = new TreeMap<>();
    private final Map<String, int[]> baseDays;
    private final Map<String, List<AirHour>> openDay = new HashMap<>();
    private final Map<String, Integer> openDayIndex = new HashMap<>();
    private final DerivedDays out;
    private final LocalDate today;
    private boolean writing = true;

    /** Where days derived while streaming go (in batches, into the same snapshot). */
    interface DerivedDays {
        void add(AirDay day) throws SnapshotException;
    }

    /**
     * @param baseDays per station, the first and last day index (see {@link #dayIndex}) with hours
     *                 in the base snapshot
     */
    ImportedHours(AirHourSink sink, Map<String, int[]> baseDays, LocalDate today, DerivedDays out) {
        this.sink = sink;
        this.baseDays = baseDays;
        this.today = today;
        this.out = out;
    }

    /** A plausible measurement date by the content rules (from 2000, not after today), which publish applies too. */
    boolean inRange(LocalDate date) {
        java.util.List<org.ecokiosk.ingest.Violation> broken = new java.util.ArrayList<>();
        org.ecokiosk.ingest.ContentRules.measured(broken, "date", date, today);
        return broken.isEmpty() && !date.isAfter(LAST_DATE);
    }

    /** {@link #inRange} of the last date asked: a file's rows come a day (24 or more rows) at a time. */
    boolean plausible(LocalDate date) {
        if (!date.equals(lastAsked)) {
            lastAsked = date;
            lastPlausible = inRange(date);
        }
        return lastPlausible;
    }

    private LocalDate lastAsked;
    private boolean lastPlausible;

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
            collect(hour);
        }
    }

    private void collect(AirHour hour) throws SnapshotException {
        String station = hour.station();
        int day = dayIndex(hour.hour().toLocalDate());
        Integer open = openDayIndex.get(station);
        if (open != null && open == day) {
            openDay.get(station).add(hour);
            return;
        }
        if (open != null) {
            close(station);
        }
        if (derived.computeIfAbsent(station, s -> new BitSet()).get(day) || inBase(station, day)) {
            // derived already, or the base has hours near it: derive it from the finished snapshot
            readBack.computeIfAbsent(station, s -> new BitSet()).set(day);
            return;
        }
        openDayIndex.put(station, day);
        openDay.computeIfAbsent(station, s -> new ArrayList<>(24)).add(hour);
    }

    private boolean inBase(String station, int day) {
        int[] range = baseDays.get(station);
        return range != null && day >= range[0] && day <= range[1];
    }

    private void close(String station) throws SnapshotException {
        Integer day = openDayIndex.remove(station);
        List<AirHour> hours = openDay.get(station);
        if (day == null) {
            return;
        }
        derived.computeIfAbsent(station, s -> new BitSet()).set(day);
        if (!readBack.getOrDefault(station, new BitSet()).get(day)) {
            out.add(DailyAirDerivation.derive(station, dateOf(day), hours, DataOrigin.IMPORTED));
        }
        hours.clear();
    }

    /** Derives the days still open at the end of the import. */
    void finishStreamedDays() throws SnapshotException {
        if (!writing) {
            return;
        }
        for (String station : new ArrayList<>(openDayIndex.keySet())) {
            close(station);
        }
    }

    /** The days of {@code station} to derive from the finished snapshot (see the class comment). */
    BitSet readBackDays(String station) {
        return readBack.getOrDefault(station, new BitSet());
    }

    /** Station-days that got hours in this import, all stations. */
    int touchedDayCount() {
        return touchedDays.values().stream().mapToInt(BitSet::cardinality).sum();
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
