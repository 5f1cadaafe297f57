package org.ecokiosk.snapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * The integer key of an hourly row (schema 6): the station's number in the high bits, the hours
 * since 2000-01-01T00 in the low {@value #HOUR_BITS}. A station's hours are one contiguous, time
 * ordered key range, so an import that writes them in order appends to SQLite's table b-tree
 * (its fast path, full pages), and every read of a station's days is a range of the key.
 *
 * <p>Station numbers are not stored anywhere else: each number's rows carry their station code,
 * and the numbers in use are found by hopping from one range to the next ({@link #stations}).
 * Numbers are given in the order stations first arrive, so they need not follow the codes' order;
 * readers that want code order sort the few stations, not the rows.
 */
final class AirHourKeys {
    static final int HOUR_BITS = 20;
    private static final long HOUR_MASK = (1L << HOUR_BITS) - 1;
    /** The first and last hour a key can hold: the measurement dates the content rules allow lie within. */
    static final LocalDateTime FIRST_HOUR = LocalDateTime.of(2000, 1, 1, 0, 0);
    static final LocalDateTime LAST_HOUR = LocalDateTime.of(2099, 12, 31, 23, 0);
    private static final long FIRST_EPOCH_HOUR = FIRST_HOUR.toLocalDate().toEpochDay() * 24;

    private AirHourKeys() {
    }

    /** Hours from 2000-01-01T00 to the start of {@code hour} (minutes ignored, as the stored text ignores them). */
    static long hourIndex(LocalDateTime hour) throws SnapshotException {
        if (hour.isBefore(FIRST_HOUR) || hour.isAfter(LAST_HOUR.plusMinutes(59))) {
            throw new SnapshotException("the hour " + hour + " is outside " + FIRST_HOUR.toLocalDate() + " to "
                    + LAST_HOUR.toLocalDate() + ": a snapshot cannot hold it");
        }
        return hour.toLocalDate().toEpochDay() * 24 + hour.getHour() - FIRST_EPOCH_HOUR;
    }

    /** The index of the first hour of {@code date}, clamped to the hours a key can hold. */
    static long dayStart(LocalDate date) {
        if (date.isBefore(FIRST_HOUR.toLocalDate())) {
            return 0;
        }
        if (date.isAfter(LAST_HOUR.toLocalDate())) {
            return HOUR_MASK;
        }
        return date.toEpochDay() * 24 - FIRST_EPOCH_HOUR;
    }

    static long key(long station, long hourIndex) {
        return station << HOUR_BITS | hourIndex;
    }

    static long station(long key) {
        return key >>> HOUR_BITS;
    }

    static long hourIndexOf(long key) {
        return key & HOUR_MASK;
    }

    /** The first and last key of a station's range. */
    static long first(long station) {
        return key(station, 0);
    }

    static long last(long station) {
        return key(station, HOUR_MASK);
    }

    /** The keys of {@code station}'s hours on the days {@code from} to {@code to} (inclusive): lowest, highest. */
    static long[] days(long station, LocalDate from, LocalDate to) {
        return new long[] {key(station, dayStart(from)), key(station, dayStart(to.plusDays(1))) - 1};
    }

    /** The keys of {@code station}'s hours from {@code from} to {@code to}, both inclusive (clamped to what a key holds). */
    static long[] hours(long station, LocalDateTime from, LocalDateTime to) {
        long lo = from.isBefore(FIRST_HOUR) ? 0 : dayStart(from.toLocalDate()) + from.getHour();
        long hi = to.isAfter(LAST_HOUR) ? HOUR_MASK : to.isBefore(FIRST_HOUR) ? -1 : dayStart(to.toLocalDate()) + to.getHour();
        if (hi < 0) {
            return new long[] {1, 0};  // nothing
        }
        return new long[] {key(station, lo), key(station, hi)};
    }

    /** The stored hour text ({@link AirTime#hourKey}) a key stands for. */
    static String hourText(long key) {
        return AirTime.hourKey(FIRST_HOUR.plusHours(hourIndexOf(key)));
    }

    /**
     * Every station with hours and its number, by code: one seek per station (the first row of
     * each number's range names it). A code found under two numbers is damage, not content.
     */
    static TreeMap<String, Long> stations(Connection c) throws SQLException {
        TreeMap<String, Long> numbers = new TreeMap<>(AirHourKeys::compareAsSqlite);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT hour_key, station FROM air_hour WHERE hour_key >= ? ORDER BY hour_key LIMIT 1")) {
            long from = 0;
            while (true) {
                ps.setLong(1, from);
                long number;
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return numbers;
                    }
                    number = station(rs.getLong(1));
                    Long before = numbers.put(rs.getString(2), number);
                    if (before != null) {
                        throw new SQLException("air_hour holds station " + rs.getString(2) + " under two numbers ("
                                + before + " and " + number + "): the file was changed after it was built");
                    }
                }
                if (number >= (1L << (63 - HOUR_BITS)) - 1) {
                    return numbers;
                }
                from = first(number + 1);
            }
        }
    }

    /** SQLite's BINARY order of two texts (their UTF-8 bytes), which is code point order, not {@link String#compareTo}'s. */
    static int compareAsSqlite(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return i < a.length() ? 1 : j < b.length() ? -1 : 0;
    }

    /** The numbering a builder extends: the stations the file holds, and the next free number for a new one. */
    static final class Numbering {
        private final Map<String, Long> numbers;
        private long next;

        private Numbering(Map<String, Long> numbers) {
            this.numbers = new java.util.HashMap<>(numbers);
            this.next = numbers.values().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
        }

        static Numbering of(Connection c) throws SQLException {
            return new Numbering(AirHourKeys.stations(c));
        }

        /** The station's number, a new one if the file has no hours of it yet. */
        long number(String station) {
            Long known = numbers.get(station);
            if (known != null) {
                return known;
            }
            long fresh = next++;
            numbers.put(station, fresh);
            return fresh;
        }

        /** The station's number, if the file has hours of it (or this build gave it one). */
        java.util.OptionalLong find(String station) {
            Long known = numbers.get(station);
            return known == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(known);
        }

        /** The stations numbered so far (a copy). */
        java.util.Set<String> stations() {
            return java.util.Set.copyOf(numbers.keySet());
        }
    }
}
