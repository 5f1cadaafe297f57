package org.ecokiosk.ingest.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.AirHour;

/**
 * Hourly sample values for the last days of the sample daily series, so that the real-time
 * (实时报) part of the air screen can be seen before real hourly data is imported. They belong to
 * the sample station (origin SAMPLE) like the rest of the series.
 *
 * <p>Each pollutant follows a plain diurnal shape — particles, NO2 and CO with a morning and an
 * evening rush-hour peak, ozone low at night and highest mid-afternoon — with a little
 * deterministic noise, scaled so that the day's hours agree with its daily row: the 24 h means of
 * PM2.5, PM10, SO2, NO2 and CO and the largest 8 h O3 average come out at the daily values
 * (to the rounding of the hourly figures).
 */
final class SampleAirHours {

    /** How many days at the end of the series get hours. */
    static final int DAYS = 7;

    private SampleAirHours() {
    }

    static List<AirHour> lastDays(List<AirDay> days, long seed) {
        List<AirDay> last = days.stream().sorted(Comparator.comparing(AirDay::date))
                .skip(Math.max(0, days.size() - DAYS)).toList();
        List<AirHour> hours = new ArrayList<>(last.size() * 24);
        for (AirDay day : last) {
            hours.addAll(day(day, new Random(seed * 31 + day.date().toEpochDay())));
        }
        return hours;
    }

    private static List<AirHour> day(AirDay day, Random random) {
        double[] rush = normalisedMean(shape(random, SampleAirHours::rushHours));
        double[] ozone = shape(random, SampleAirHours::afternoon);
        double ozoneScale = day.o3max8h() / maxEightHourMean(ozone);
        LocalDate date = day.date();
        List<AirHour> hours = new ArrayList<>(24);
        for (int h = 0; h < 24; h++) {
            hours.add(new AirHour(day.station(), LocalDateTime.of(date, java.time.LocalTime.of(h, 0)),
                    whole(day.pm25() * rush[h]), whole(day.pm10() * rush[h]),
                    whole(day.so2() * (0.5 + 0.5 * rush[h])), whole(day.no2() * rush[h]),
                    tenth(day.co() * (0.6 + 0.4 * rush[h])), whole(ozone[h] * ozoneScale)));
        }
        return hours;
    }

    private interface Shape {
        double at(int hour);
    }

    private static double[] shape(Random random, Shape shape) {
        double[] v = new double[24];
        for (int h = 0; h < 24; h++) {
            v[h] = Math.max(0.05, shape.at(h) * (1 + 0.08 * random.nextGaussian()));
        }
        return v;
    }

    /** Peaks near 08:00 and 21:00, lowest mid-afternoon. */
    private static double rushHours(int h) {
        return 1 + 0.18 * StrictMath.cos(2 * StrictMath.PI * (h - 8) / 24)
                + 0.14 * StrictMath.cos(2 * StrictMath.PI * (h - 21) / 12);
    }

    /** Low at night, highest around 15:00. */
    private static double afternoon(int h) {
        return 0.35 + 0.65 * Math.max(0, StrictMath.cos(2 * StrictMath.PI * (h - 15) / 20));
    }

    private static double[] normalisedMean(double[] v) {
        double mean = java.util.Arrays.stream(v).average().orElseThrow();
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / mean;
        }
        return out;
    }

    /** The largest mean of 8 consecutive hours within the day (HJ 663's windows starting 0 … 16). */
    static double maxEightHourMean(double[] v) {
        double max = 0;
        for (int start = 0; start <= 16; start++) {
            double sum = 0;
            for (int h = start; h < start + 8; h++) {
                sum += v[h];
            }
            max = Math.max(max, sum / 8);
        }
        return max;
    }

    private static double whole(double v) {
        return Math.rint(v);
    }

    private static double tenth(double v) {
        return Math.rint(v * 10) / 10.0;
    }
}
