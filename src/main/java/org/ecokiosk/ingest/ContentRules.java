package org.ecokiosk.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.model.ContentPage;
import org.ecokiosk.model.EcoTown;
import org.ecokiosk.model.Facility;
import org.ecokiosk.model.GreenMetric;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.NoiseKind;
import org.ecokiosk.model.NoiseReading;
import org.ecokiosk.model.OpenDay;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.PublishedDocument;
import org.ecokiosk.model.PublishedFigure;
import org.ecokiosk.model.Station;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.model.WaterSection;
import org.ecokiosk.standards.noise.NoiseZone;

/**
 * The content rules, one home for all of them: every record that reaches residents is checked
 * here, by the importers (who turn a violation into a problem at file:line:column) and by
 * {@code PublishChecks} on a finished snapshot (at table#key) — so a hand-edited, re-hashed
 * snapshot gets exactly the scrutiny of a fresh import. {@code today} bounds what can have been
 * measured (not after today) and what can be planned (at most {@value #PLANNED_YEARS_AHEAD} years on).
 */
public final class ContentRules {
    /** Nothing the district shows was measured or planned before this. */
    public static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);
    public static final int PLANNED_YEARS_AHEAD = 5;
    public static final int FIRST_YEAR = 1990;
    public static final double AIR_MAX_MICROGRAMS = 5_000;
    public static final double AIR_MAX_CO_MILLIGRAMS = 150;
    public static final int AQI_MAX = 500;
    /** Highest plausible value per water parameter, mg/L: far above any 劣V river, far below the same figure in µg/L. */
    public static final Map<String, Double> WATER_MAXIMUM = Map.of("do", 20.0, "codmn", 100.0, "cod", 1000.0,
            "bod5", 500.0, "nh3n", 100.0, "tp", 20.0);
    /** Facility kinds the kiosk and the reports know how to name. */
    public static final Set<String> FACILITY_KINDS = Set.of("sewage", "waste", "recycling", "monitoring");
    public static final Set<String> TOWN_STATUSES = Set.of("candidate", "mentioned", "building", "awarded", "planned");

    private ContentRules() {
    }

    public static List<Violation> facility(Facility f) {
        List<Violation> v = new ArrayList<>();
        TextRules.code("code", f.code()).ifPresent(v::add);
        names(v, "name", f.name());
        if (!FACILITY_KINDS.contains(f.kind())) {
            v.add(new Violation("kind", "设施类型“" + Excerpt.of(f.kind()) + "”无效，可用：" + String.join("、", sorted(FACILITY_KINDS)),
                    "facility kind '" + Excerpt.of(f.kind()) + "' is not known; use " + String.join(", ", sorted(FACILITY_KINDS))));
        }
        names(v, "address", f.address());
        TextRules.name("booking_phone", f.bookingPhone()).ifPresent(v::add);
        TextRules.link("booking_url", f.bookingUrl()).ifPresent(v::add);
        TextRules.link("virtual_tour_url", f.virtualTourUrl()).ifPresent(v::add);
        texts(v, "description", f.description());
        if (!f.photo().isEmpty()) {
            // a file name among content/images, never a path
            TextRules.code("photo", f.photo()).ifPresent(v::add);
        }
        texts(v, "transport", f.transport());
        return v;
    }

    public static List<Violation> openDay(OpenDay o, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        TextRules.code("facility_code", o.facility()).ifPresent(v::add);
        planned(v, "date", o.date(), today);
        if (!o.end().isAfter(o.start())) {
            v.add(new Violation("end", "结束时间应晚于开始时间", "the end time must be after the start time"));
        }
        if (o.quota() < 0 || o.quota() > 100_000) {
            v.add(new Violation("quota", "名额应在 0–100000 之间", "the quota must be 0–100000"));
        }
        texts(v, "note", o.note());
        return v;
    }

    public static List<Violation> town(EcoTown t, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        TextRules.code("code", t.code()).ifPresent(v::add);
        names(v, "name", t.name());
        if (!TOWN_STATUSES.contains(t.status())) {
            v.add(new Violation("status", "状态应为 candidate、mentioned、building、awarded 或 planned",
                    "status must be candidate, mentioned, building, awarded or planned"));
        }
        if (t.batchYear() != 0 && (t.batchYear() < FIRST_YEAR || t.batchYear() > today.getYear() + PLANNED_YEARS_AHEAD)) {
            v.add(new Violation("batch_year", "批次年份 " + t.batchYear() + " 不合理", "batch year " + t.batchYear()
                    + " is not plausible"));
        }
        texts(v, "summary", t.summary());
        return v;
    }

    public static List<Violation> indicator(PlanIndicator i) {
        List<Violation> v = new ArrayList<>();
        TextRules.code("code", i.code()).ifPresent(v::add);
        names(v, "group", i.group());
        names(v, "name", i.name());
        TextRules.name("unit", i.unit()).ifPresent(v::add);
        TextRules.name("baseline", i.baseline().display()).ifPresent(v::add);
        TextRules.name("target", i.target().display()).ifPresent(v::add);
        texts(v, "note", i.note());
        return v;
    }

    public static List<Violation> indicatorValue(IndicatorValue value) {
        List<Violation> v = new ArrayList<>();
        TextRules.code("indicator_code", value.indicatorCode()).ifPresent(v::add);
        if (value.year() < FIRST_YEAR || value.year() > 2100) {
            v.add(new Violation("year", "年份 " + value.year() + " 超出 " + FIRST_YEAR + "–2100", "year " + value.year()
                    + " is outside " + FIRST_YEAR + "–2100"));
        }
        TextRules.name("value", value.value().display()).ifPresent(v::add);
        texts(v, "note", value.note());
        return v;
    }

    /** A figure the district published with its document: what publish checks on a finished snapshot. */
    public static List<Violation> publishedFigure(PublishedFigure f, LocalDate today) {
        List<Violation> v = publishedFigureCells(f, today);
        v.addAll(publishedDocument(f.document(), f.year(), today));
        return v;
    }

    /** A published figure's own cells: a code for its topic, short texts, a year that is over or running. */
    public static List<Violation> publishedFigureCells(PublishedFigure f, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        TextRules.code("topic", f.topic()).ifPresent(v::add);
        TextRules.name("item", f.item()).ifPresent(v::add);
        TextRules.name("value", f.value().display()).ifPresent(v::add);
        TextRules.name("unit", f.unit()).ifPresent(v::add);
        TextRules.text("note", f.note()).ifPresent(v::add);
        year(v, "year", f.year(), today);
        return v;
    }

    /**
     * The document figures of {@code year} were published in: a title, a publisher, an https link
     * to a public host, and a date in or after that year and not after today.
     */
    public static List<Violation> publishedDocument(PublishedDocument d, int year, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        names(v, "title", d.title());
        TextRules.name("publisher", d.publisher()).ifPresent(v::add);
        if (d.url().isBlank()) {
            v.add(new Violation("url", "必须写明发布该数值的文件的网址", "the address of the document is required"));
        } else {
            TextRules.link("url", d.url()).ifPresent(v::add);
        }
        if (d.publishedOn().isAfter(today) || d.publishedOn().getYear() < year) {
            v.add(new Violation("published_on", "发布日期 " + d.publishedOn() + " 应不早于数值所属年份 " + year
                    + "、不晚于今天", "published_on " + d.publishedOn() + " must be in or after the figures' year "
                    + year + " and not after today"));
        }
        return v;
    }

    public static List<Violation> waterSection(WaterSection s) {
        List<Violation> v = new ArrayList<>();
        TextRules.code("code", s.code()).ifPresent(v::add);
        names(v, "name", s.name());
        names(v, "river", s.river());
        texts(v, "note", s.note());
        return v;
    }

    public static List<Violation> waterSample(WaterSample s, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        TextRules.code("section", s.section()).ifPresent(v::add);
        measured(v, "date", s.date(), today);
        for (Map.Entry<String, Double> e : s.parameters().entrySet()) {
            Double max = WATER_MAXIMUM.get(e.getKey());
            double x = e.getValue();
            if (max == null) {
                v.add(new Violation(e.getKey(), "未知的监测项目“" + Excerpt.of(e.getKey()) + "”", "unknown parameter '"
                        + Excerpt.of(e.getKey()) + "'"));
            } else if (Double.isNaN(x) || x < 0 || x > max) {
                v.add(new Violation(e.getKey(), e.getKey() + " 的数值 " + x + " 超出 0–" + max + " mg/L（浓度不能为负）",
                        e.getKey() + " " + x + " is outside 0–" + max + " mg/L (no negative concentrations)"));
            }
        }
        return v;
    }

    public static List<Violation> noise(NoiseReading n, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        TextRules.name("site", n.site()).ifPresent(v::add);
        if (!(n.leq() >= 20 && n.leq() <= 120)) {
            v.add(new Violation("leq", "等效声级 " + n.leq() + " 超出 20–120 dB(A)", "leq " + n.leq() + " is outside 20–120 dB(A)"));
        }
        if (n.kind() == NoiseKind.ZONE ? NoiseZone.parse(n.zone()).isEmpty() : !n.zone().isEmpty()) {
            v.add(new Violation("zone", "功能区“" + Excerpt.of(n.zone()) + "”无效", "zone '" + Excerpt.of(n.zone())
                    + "' is not valid"));
        }
        year(v, "year", n.year(), today);
        return v;
    }

    public static List<Violation> green(GreenMetric g, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        TextRules.code("code", g.code()).ifPresent(v::add);
        names(v, "name", g.name());
        TextRules.name("unit", g.unit()).ifPresent(v::add);
        if (!(g.value() >= 0) || ("%".equals(g.unit()) && g.value() > 100) || g.value() > 1_000_000) {
            v.add(new Violation("value", "数值 " + g.value() + " 超出范围", "value " + g.value() + " is out of range"));
        }
        year(v, "year", g.year(), today);
        return v;
    }

    public static List<Violation> page(ContentPage p, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        TextRules.code("slug", p.slug()).ifPresent(v::add);
        TextRules.name("title_zh", p.title().zh()).ifPresent(v::add);
        TextRules.name("title_en", p.title().en()).ifPresent(v::add);
        if (p.title().zh().isBlank()) {
            v.add(new Violation("title_zh", "缺少中文标题 title_zh", "title_zh (Chinese title) is missing"));
        }
        planned(v, "publish_from", p.publishFrom(), today);
        if (p.publishUntil().isPresent()) {
            LocalDate until = p.publishUntil().get();
            if (until.isBefore(p.publishFrom())) {
                v.add(new Violation("publish_until", "publish_until（" + until + "）早于 publish_from（" + p.publishFrom() + "）",
                        "publish_until (" + until + ") is before publish_from (" + p.publishFrom() + ")"));
            } else if (until.isAfter(today.plusYears(PLANNED_YEARS_AHEAD + 20L))) {
                v.add(new Violation("publish_until", "publish_until " + until + " 不合理", "publish_until " + until
                        + " is not plausible"));
            }
        }
        return v;
    }

    public static List<Violation> station(Station s) {
        List<Violation> v = new ArrayList<>();
        TextRules.code("station", s.code()).ifPresent(v::add);
        names(v, "name", s.name());
        TextRules.name("city", s.city()).ifPresent(v::add);
        return v;
    }

    /** An hour of air data: a real date, concentrations not negative and below the plausible maximum. */
    public static Optional<Violation> airHour(AirHour h, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        measured(v, "hour", h.hour().toLocalDate(), today);
        concentration(v, "pm25", h.pm25(), AIR_MAX_MICROGRAMS);
        concentration(v, "pm10", h.pm10(), AIR_MAX_MICROGRAMS);
        concentration(v, "so2", h.so2(), AIR_MAX_MICROGRAMS);
        concentration(v, "no2", h.no2(), AIR_MAX_MICROGRAMS);
        concentration(v, "co", h.co(), AIR_MAX_CO_MILLIGRAMS);
        concentration(v, "o3", h.o3(), AIR_MAX_MICROGRAMS);
        h.publishedAqi().ifPresent(a -> aqi(v, "published_aqi", a));
        return v.stream().findFirst();
    }

    public static List<Violation> airDay(AirDay d, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        TextRules.code("station", d.station()).ifPresent(v::add);
        measured(v, "date", d.date(), today);
        concentration(v, "pm25", d.pm25(), AIR_MAX_MICROGRAMS);
        concentration(v, "pm10", d.pm10(), AIR_MAX_MICROGRAMS);
        concentration(v, "so2", d.so2(), AIR_MAX_MICROGRAMS);
        concentration(v, "no2", d.no2(), AIR_MAX_MICROGRAMS);
        concentration(v, "co", d.co(), AIR_MAX_CO_MILLIGRAMS);
        concentration(v, "o3_8h_max", d.o3max8h(), AIR_MAX_MICROGRAMS);
        d.aqi().ifPresent(a -> aqi(v, "aqi", a));
        d.publishedAqi().ifPresent(a -> aqi(v, "published_aqi", a));
        return v;
    }

    private static void concentration(List<Violation> v, String field, double x, double max) {
        if (!Double.isNaN(x) && (x < 0 || x > max)) {
            v.add(new Violation(field, field + " 的浓度 " + x + " 超出 0–" + max + "（浓度不能为负）",
                    field + " concentration " + x + " is outside 0–" + max + " (no negative concentrations)"));
        }
    }

    private static void aqi(List<Violation> v, String field, int aqi) {
        if (aqi < 0 || aqi > AQI_MAX) {
            v.add(new Violation(field, "AQI " + aqi + " 超出 0–" + AQI_MAX, "AQI " + aqi + " is outside 0–" + AQI_MAX));
        }
    }

    /** A date something was measured: not before {@link #FIRST_DATE}, not after today. */
    public static void measured(List<Violation> v, String field, LocalDate date, LocalDate today) {
        if (date.isBefore(FIRST_DATE) || date.isAfter(today)) {
            v.add(new Violation(field, "日期 " + date + " 不合理：监测日期应在 " + FIRST_DATE + " 至今天（" + today + "）之间",
                    "the date " + date + " is not plausible: a measurement is dated from " + FIRST_DATE + " to today ("
                            + today + ")"));
        }
    }

    /** A date something is planned for: not before {@link #FIRST_DATE}, at most {@value #PLANNED_YEARS_AHEAD} years ahead. */
    public static void planned(List<Violation> v, String field, LocalDate date, LocalDate today) {
        LocalDate last = today.plusYears(PLANNED_YEARS_AHEAD);
        if (date.isBefore(FIRST_DATE) || date.isAfter(last)) {
            v.add(new Violation(field, "日期 " + date + " 不合理：应在 " + FIRST_DATE + " 至 " + last + " 之间",
                    "the date " + date + " is not plausible: use a date from " + FIRST_DATE + " to " + last));
        }
    }

    private static void year(List<Violation> v, String field, int year, LocalDate today) {
        if (year < FIRST_YEAR || year > today.getYear()) {
            v.add(new Violation(field, "年份 " + year + " 应在 " + FIRST_YEAR + "–" + today.getYear() + " 之间",
                    "year " + year + " must be " + FIRST_YEAR + "–" + today.getYear()));
        }
    }

    private static void names(List<Violation> v, String field, LocalizedText text) {
        TextRules.name(field + "_zh", text.zh()).ifPresent(v::add);
        TextRules.name(field + "_en", text.en()).ifPresent(v::add);
    }

    private static void texts(List<Violation> v, String field, LocalizedText text) {
        TextRules.text(field + "_zh", text.zh()).ifPresent(v::add);
        TextRules.text(field + "_en", text.en()).ifPresent(v::add);
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }
}
