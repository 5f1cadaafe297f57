package org.ecokiosk.kiosk.viewmodel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.ToDoubleFunction;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.Station;
import org.ecokiosk.plan.TargetStatus;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.standards.air.AirQualityLimits;
import org.ecokiosk.standards.air.AirQualityRules;
import org.ecokiosk.standards.air.AqiCalculator;
import org.ecokiosk.standards.air.AqiLevel;
import org.ecokiosk.standards.air.AqiResult;
import org.ecokiosk.standards.air.AveragingPeriod;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.RuleSelection;

/**
 * The air screen: the latest day's AQI with its HJ 633 level and advice, each station, the last
 * 30 days, and the yearly good days and PM2.5 mean 2015–2025 against the plan's 2025 targets and
 * the GB 3095-2012 Grade II limit.
 *
 * <p>The district figure of a day is the station's own AQI (published where there is one) when
 * one station reports; with several stations it is the AQI of the stations' mean concentrations,
 * as HJ 633 computes a city's daily index. Nothing is shown for a day without data.
 */
public final class AirViewModel extends SnapshotViewModel<AirViewModel.Data> {
    public static final int CALENDAR_DAYS = 30;
    public static final int FIRST_YEAR = 2015;
    public static final int LAST_YEAR = 2025;
    public static final String GOOD_DAYS = "zl2-08";
    public static final String PM25 = "zl2-09";

    /** What the screen needs from the snapshot. {@code days}: every station's days of the calendar window. */
    public record Data(Optional<LocalDate> latest, List<AirDay> days, List<Station> stations,
                       List<PlanIndicator> indicators, List<IndicatorValue> values) {
    }

    /** The district's AQI on a day. {@code provisionalNote} is set for dates under the 2026 standards. */
    public record DayAqi(LocalDate date, int aqi, AqiLevel level, List<Pollutant> primaryPollutants, boolean sample,
                         Optional<LocalizedText> provisionalNote) {
    }

    public record StationAqi(String code, LocalizedText name, Optional<DayAqi> day) {
    }

    /** One cell of the calendar; {@code day} empty when there is no figure for the date. */
    public record CalendarDay(LocalDate date, Optional<DayAqi> day) {
    }

    /** A yearly series with the 2025 target it is judged against and the verdict on its newest year. */
    public record Series(List<YearValue> years, OptionalDouble target, Optional<YearValue> latest, TargetStatus status) {
    }

    private Optional<DayAqi> today = Optional.empty();
    private List<StationAqi> stations = List.of();
    private List<CalendarDay> calendar = List.of();
    private Series goodDays = new Series(List.of(), OptionalDouble.empty(), Optional.empty(), TargetStatus.NO_DATA);
    private Series pm25 = goodDays;

    @Override
    protected Data query(SnapshotReader reader) throws SnapshotException {
        Optional<LocalDate> latest = reader.latestAirDay();
        List<AirDay> days = latest.isEmpty() ? List.of()
                : reader.airDays(Optional.empty(), latest.get().minusDays(CALENDAR_DAYS - 1L), latest.get());
        return new Data(latest, days, reader.stations(), reader.indicators(), reader.indicatorValues());
    }

    @Override
    protected boolean apply(Data data) {
        today = data.latest().flatMap(d -> district(d, data.days()));
        List<StationAqi> s = new ArrayList<>();
        for (Station station : data.stations()) {
            Optional<DayAqi> day = data.latest().flatMap(d -> data.days().stream()
                    .filter(a -> a.station().equals(station.code()) && a.date().equals(d)).findFirst())
                    .flatMap(AirViewModel::ofStation);
            if (day.isPresent() || data.days().stream().anyMatch(a -> a.station().equals(station.code()))) {
                s.add(new StationAqi(station.code(), station.name(), day));
            }
        }
        stations = List.copyOf(s);
        List<CalendarDay> c = new ArrayList<>();
        data.latest().ifPresent(last -> {
            for (LocalDate d = last.minusDays(CALENDAR_DAYS - 1L); !d.isAfter(last); d = d.plusDays(1)) {
                c.add(new CalendarDay(d, district(d, data.days())));
            }
        });
        calendar = List.copyOf(c);
        goodDays = series(data, GOOD_DAYS, "txt-good-days");
        pm25 = series(data, PM25, "txt-pm25");
        return today.map(DayAqi::sample).orElse(false)
                || stations.stream().anyMatch(x -> x.day().map(DayAqi::sample).orElse(false))
                || calendar.stream().anyMatch(x -> x.day().map(DayAqi::sample).orElse(false))
                || goodDays.years().stream().anyMatch(YearValue::sample)
                || pm25.years().stream().anyMatch(YearValue::sample);
    }

    private static Series series(Data data, String targetCode, String textCode) {
        List<YearValue> years = Figures.yearly(data.values(), FIRST_YEAR, LAST_YEAR, textCode, targetCode);
        Optional<YearValue> latest = Figures.latest(years);
        return new Series(years, Figures.target(data.indicators(), targetCode), latest,
                Figures.judge(Figures.indicator(data.indicators(), targetCode), latest));
    }

    /** The district's AQI of {@code date} from the stations' days. */
    static Optional<DayAqi> district(LocalDate date, List<AirDay> days) {
        List<AirDay> ofDay = days.stream().filter(d -> d.date().equals(date)).toList();
        if (ofDay.isEmpty()) {
            return Optional.empty();
        }
        if (ofDay.size() == 1) {
            return ofStation(ofDay.get(0));
        }
        boolean sample = ofDay.stream().anyMatch(d -> d.origin().isSample());
        Map<Pollutant, Double> means = new EnumMap<>(Pollutant.class);
        mean(ofDay, AirDay::so2).ifPresent(v -> means.put(Pollutant.SO2, v));
        mean(ofDay, AirDay::no2).ifPresent(v -> means.put(Pollutant.NO2, v));
        mean(ofDay, AirDay::pm10).ifPresent(v -> means.put(Pollutant.PM10, v));
        mean(ofDay, AirDay::co).ifPresent(v -> means.put(Pollutant.CO, v));
        mean(ofDay, AirDay::o3max8h).ifPresent(v -> means.put(Pollutant.O3, v));
        mean(ofDay, AirDay::pm25).ifPresent(v -> means.put(Pollutant.PM2_5, v));
        Optional<AqiResult> result = AqiCalculator.forDate(date).daily(means, OptionalDouble.empty());
        if (result.isEmpty()) {
            // no concentrations: fall back to the first station that has an index
            return ofDay.stream().map(AirViewModel::ofStation).flatMap(Optional::stream).findFirst();
        }
        AqiResult r = result.get();
        return Optional.of(new DayAqi(date, r.aqi(), r.level(), r.primaryPollutants(), sample, note(date)));
    }

    /** A station's own day: its published AQI when there is one, else the one computed at import. */
    static Optional<DayAqi> ofStation(AirDay day) {
        OptionalInt aqi = day.shownAqi();
        if (aqi.isEmpty()) {
            return Optional.empty();
        }
        List<Pollutant> primary = day.primaryPollutants().stream().map(Pollutant::fromCode)
                .flatMap(Optional::stream).toList();
        if (primary.isEmpty() && aqi.getAsInt() > 50) {
            Map<Pollutant, Double> values = new EnumMap<>(Pollutant.class);
            putIfValid(values, Pollutant.SO2, day.so2());
            putIfValid(values, Pollutant.NO2, day.no2());
            putIfValid(values, Pollutant.PM10, day.pm10());
            putIfValid(values, Pollutant.CO, day.co());
            putIfValid(values, Pollutant.O3, day.o3max8h());
            putIfValid(values, Pollutant.PM2_5, day.pm25());
            primary = AqiCalculator.forDate(day.date()).daily(values, OptionalDouble.empty())
                    .map(AqiResult::primaryPollutants).orElse(List.of());
        }
        return Optional.of(new DayAqi(day.date(), aqi.getAsInt(), AqiLevel.of(aqi.getAsInt()), primary,
                day.origin().isSample(), note(day.date())));
    }

    private static Optional<LocalizedText> note(LocalDate date) {
        RuleSelection rules = AirQualityRules.forDate(date);
        return rules.provisional()
                ? Optional.of(LocalizedText.of(rules.noteZh().orElseThrow(), rules.noteEn().orElseThrow()))
                : Optional.empty();
    }

    private static void putIfValid(Map<Pollutant, Double> values, Pollutant p, double v) {
        if (Double.isFinite(v)) {
            values.put(p, v);
        }
    }

    private static OptionalDouble mean(List<AirDay> days, ToDoubleFunction<AirDay> value) {
        return days.stream().mapToDouble(value).filter(Double::isFinite).average();
    }

    /** The latest day's district AQI; empty when the snapshot has no air data. */
    public Optional<DayAqi> today() {
        return today;
    }

    public List<StationAqi> stations() {
        return stations;
    }

    /** The 30 days ending on the latest day, oldest first; empty when there is no air data. */
    public List<CalendarDay> calendar() {
        return calendar;
    }

    public Series goodDays() {
        return goodDays;
    }

    public Series pm25() {
        return pm25;
    }

    /** GB 3095-2012 Grade II annual PM2.5 limit (35 µg/m³). */
    public double pm25AnnualLimit() {
        return AirQualityLimits.GB3095_2012_GRADE_II.limit(Pollutant.PM2_5, AveragingPeriod.ANNUAL).orElseThrow();
    }
}
