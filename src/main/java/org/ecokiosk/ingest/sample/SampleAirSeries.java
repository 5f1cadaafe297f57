package org.ecokiosk.ingest.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.IntStream;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.standards.air.AqiCalculator;
import org.ecokiosk.standards.air.AqiResult;
import org.ecokiosk.standards.air.Pollutant;

/**
 * A deterministic daily air series for one sample station, shaped like Shapingba's: particles
 * high in winter, ozone high in summer, and each year's good days and PM2.5 mean exactly those
 * of {@link SampleAirPath}.
 *
 * <p>How the targets are met by construction rather than by luck: each year's days are ranked,
 * the worst winter days by particles and the worst summer days by ozone are made the non-good
 * days (PM2.5 above 75 or daily max 8 h O3 above 160, the HJ 633-2012 IAQI 100 breakpoints) and
 * every other day keeps all six pollutants at or below their IAQI-100 concentrations. PM2.5 is
 * then shaped, in whole tenths of a µg/m³, until the year's sum is exactly target × days, so the
 * HJ 663 mean is the target to the last digit. Only {@link StrictMath} and {@link Random} are
 * used: both give the same numbers on every JVM, so the same seed gives the same snapshot.
 */
final class SampleAirSeries {
    static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);

    private static final int PM25_GOOD_MAX_TENTHS = 750;   // IAQI 100 at 75 µg/m³
    private static final int PM25_BAD_MIN_TENTHS = 760;
    private static final double O3_GOOD_MAX = 158;        // IAQI 100 at 160 µg/m³
    private static final double O3_BAD_MIN = 162;

    private enum Kind { GOOD, PARTICLE_DAY, OZONE_DAY }

    private SampleAirSeries() {
    }

    static List<AirDay> generate(String station, long seed) {
        List<AirDay> days = new ArrayList<>();
        for (SampleYearTarget target : SampleAirPath.YEARS) {
            days.addAll(year(station, seed, target));
        }
        return days;
    }

    private static List<AirDay> year(String station, long seed, SampleYearTarget target) {
        LocalDate first = LocalDate.of(target.year(), 1, 1);
        LocalDate last = target.year() == LAST_DAY.getYear() ? LAST_DAY : LocalDate.of(target.year(), 12, 31);
        int n = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        Random random = new Random(seed * 1_000_003L + target.year());
        double[] season = new double[n];   // +1 in mid-January, −1 in mid-July
        double[] particles = new double[n];
        double[] ozone = new double[n];
        double persistence = 0;
        for (int i = 0; i < n; i++) {
            int dayOfYear = first.plusDays(i).getDayOfYear();
            season[i] = StrictMath.cos(2 * StrictMath.PI * (dayOfYear - 15) / 365.25);
            // weather spells last a few days: AR(1) noise rather than independent days
            persistence = 0.65 * persistence + 0.76 * random.nextGaussian();
            particles[i] = target.pm25Mean() * (1 + 0.5 * season[i]) * StrictMath.exp(0.42 * persistence);
            ozone[i] = 100 - 55 * season[i] + 22 * random.nextGaussian();
        }
        Kind[] kinds = classify(n, target, particles, ozone);
        int[] pm25 = pm25Tenths(n, target, particles, kinds, random);

        List<AirDay> days = new ArrayList<>(n);
        double so2Base = 14 - 0.6 * (target.year() - 2015);
        double no2Base = 45 - 0.8 * (target.year() - 2015);
        double coBase = 1.15 - 0.025 * (target.year() - 2015);
        for (int i = 0; i < n; i++) {
            LocalDate date = first.plusDays(i);
            double pm25Value = pm25[i] / 10.0;
            double pm10 = tenth(pm25Value * (1.35 + 0.2 * random.nextDouble()));
            if (kinds[i] != Kind.PARTICLE_DAY) {
                pm10 = Math.min(pm10, 148.0);
            }
            double so2 = tenth(clamp(so2Base * (1 + 0.3 * season[i]) * (0.8 + 0.4 * random.nextDouble()), 3, 140));
            double no2 = tenth(clamp(no2Base * (1 + 0.2 * season[i]) * (0.75 + 0.5 * random.nextDouble()), 8, 78));
            double co = hundredth(clamp(coBase * (1 + 0.25 * season[i]) * (0.8 + 0.4 * random.nextDouble()), 0.3, 3.5));
            double o3 = kinds[i] == Kind.OZONE_DAY ? clamp(ozone[i], O3_BAD_MIN, 235)
                    : clamp(ozone[i], 18, O3_GOOD_MAX - 12 * random.nextDouble());
            o3 = Math.rint(o3);
            days.add(day(station, date, pm25Value, pm10, so2, no2, co, o3));
        }
        return days;
    }

    /** The non-good days: the worst particle days of the cold half and the worst ozone days of the warm half. */
    private static Kind[] classify(int n, SampleYearTarget target, double[] particles, double[] ozone) {
        Kind[] kinds = new Kind[n];
        java.util.Arrays.fill(kinds, Kind.GOOD);
        int bad = n - target.goodDays();
        int ozoneDays = (int) Math.round(bad * target.ozoneShareOfBadDays());
        int particleDays = bad - ozoneDays;
        IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -particles[i]).thenComparingInt(i -> i))
                .limit(particleDays).forEach(i -> kinds[i] = Kind.PARTICLE_DAY);
        IntStream.range(0, n).boxed().filter(i -> kinds[i] == Kind.GOOD)
                .sorted(Comparator.comparingDouble((Integer i) -> -ozone[i]).thenComparingInt(i -> i))
                .limit(ozoneDays).forEach(i -> kinds[i] = Kind.OZONE_DAY);
        return kinds;
    }

    /**
     * Daily PM2.5 in tenths of µg/m³ whose sum is exactly mean × days. Particle days are set first,
     * above 75 and spread by how bad their day was; the good days then share the rest through a
     * common scale factor found by bisection, and the last few tenths are added one by one to good
     * days with room below their cap.
     */
    private static int[] pm25Tenths(int n, SampleYearTarget target, double[] particles, Kind[] kinds, Random random) {
        int[] tenths = new int[n];
        int[] floor = new int[n];
        int[] cap = new int[n];
        double threshold = Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            if (kinds[i] == Kind.PARTICLE_DAY) {
                threshold = Math.min(threshold, particles[i]);
            }
        }
        long particleSum = 0;
        for (int i = 0; i < n; i++) {
            if (kinds[i] == Kind.PARTICLE_DAY) {
                double excess = particles[i] / threshold - 1;
                tenths[i] = (int) Math.min(2_600, PM25_BAD_MIN_TENTHS + Math.round(excess * 350) + random.nextInt(80));
                particleSum += tenths[i];
                floor[i] = tenths[i];
                cap[i] = tenths[i];
            } else {
                floor[i] = 40;
                // good days stop a little below 75 at varying heights, so the series shows no wall at 75.0
                cap[i] = PM25_GOOD_MAX_TENTHS - random.nextInt(60);
            }
        }
        long wanted = (long) target.pm25Mean() * n * 10;
        // a higher exponent lowers every good day, most of all the cleanest: bisect for the largest sum ≤ wanted
        double low = 0.05;
        double high = 12;
        for (int step = 0; step < 80; step++) {
            double mid = (low + high) / 2;
            if (sum(shaped(particles, threshold, mid, floor, cap)) <= wanted) {
                high = mid;
            } else {
                low = mid;
            }
        }
        tenths = shaped(particles, threshold, high, floor, cap);
        long missing = wanted - sum(tenths);
        for (int round = 0; missing > 0; round++) {
            boolean added = false;
            for (int i = round % n; i < n && missing > 0; i += 7) {
                if (tenths[i] < cap[i]) {
                    tenths[i]++;
                    missing--;
                    added = true;
                }
            }
            if (!added && round > 7 * n) {
                throw new IllegalStateException("sample PM2.5 for " + target.year() + " cannot reach its mean");
            }
        }
        if (missing < 0) {
            throw new IllegalStateException("sample PM2.5 for " + target.year() + " overshoots its mean ("
                    + particleSum + " tenths on particle days alone)");
        }
        return tenths;
    }

    /**
     * Good days as cap × (raw / threshold)^exponent: a day whose raw value came close to the
     * particle days' threshold comes close to 75, the cleanest days fall furthest. Particle days
     * have floor = cap and keep their value.
     */
    private static int[] shaped(double[] raw, double threshold, double exponent, int[] floor, int[] cap) {
        int[] out = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            double relative = Math.min(1, raw[i] / threshold);
            out[i] = (int) Math.max(floor[i], Math.min(cap[i], Math.round(cap[i] * StrictMath.pow(relative, exponent))));
        }
        return out;
    }

    private static long sum(int[] values) {
        long s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }

    private static AirDay day(String station, LocalDate date, double pm25, double pm10, double so2, double no2,
                              double co, double o3) {
        Map<Pollutant, Double> values = new EnumMap<>(Pollutant.class);
        values.put(Pollutant.PM2_5, pm25);
        values.put(Pollutant.PM10, pm10);
        values.put(Pollutant.SO2, so2);
        values.put(Pollutant.NO2, no2);
        values.put(Pollutant.CO, co);
        values.put(Pollutant.O3, o3);
        AqiCalculator calculator = AqiCalculator.forDate(date);
        AqiResult aqi = calculator.daily(values, OptionalDouble.empty()).orElseThrow();
        return new AirDay(station, date, pm25, pm10, so2, no2, co, o3, OptionalInt.of(aqi.aqi()), OptionalInt.empty(),
                aqi.primaryPollutants().stream().map(Pollutant::code).toList(),
                calculator.selection().ruleSet().evaluationId(), DataOrigin.SAMPLE);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private static double tenth(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double hundredth(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
