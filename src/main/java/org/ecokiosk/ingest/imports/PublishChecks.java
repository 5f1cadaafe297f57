package org.ecokiosk.ingest.imports;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.time.LocalDate;
import org.ecokiosk.ingest.ContentRules;
import org.ecokiosk.ingest.Excerpt;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.Violation;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.EcoTown;
import org.ecokiosk.model.Facility;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.PublishedFigure;
import org.ecokiosk.model.Station;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.ingest.content.MarkdownPages;
import org.ecokiosk.ingest.content.WaterSampleCsv;
import org.ecokiosk.model.ContentPage;
import org.ecokiosk.model.GreenMetric;
import org.ecokiosk.model.NoiseReading;
import org.ecokiosk.model.OpenDay;
import org.ecokiosk.model.PageKind;
import org.ecokiosk.model.WaterBody;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.model.WaterSection;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.standards.water.WaterBodyType;
import org.ecokiosk.standards.water.WaterClass;
import org.ecokiosk.standards.water.WaterClassifier;
import org.ecokiosk.standards.water.WaterParameter;

/**
 * Every content rule ({@link ContentRules}, the water class check, the page body checks, image
 * decoding) run on a finished snapshot: by publish on the store's own copy, by import on the base
 * it builds on, and by fleet pull on a download. A snapshot built by an older version, edited by
 * hand and re-hashed (the content hash is a corruption check, not a signature), or assembled by
 * another tool gets the same scrutiny as one this program just imported. Problems name the table
 * and the row's key.
 */
public final class PublishChecks {
    private PublishChecks() {
    }

    /**
     * Every content rule, on a finished snapshot: what import, publish and fleet pull all run.
     * Empty when the snapshot may be shown to residents. The name of this method is stable.
     */
    public static List<Problem> check(Path snapshot) throws SnapshotException {
        return check(snapshot, snapshot.getFileName().toString(), org.ecokiosk.model.DistrictZone.today());
    }

    /**
     * As {@link #check(Path)}, naming the snapshot {@code shownAs} in problems (a temporary copy has an ugly name),
     * its dates judged as of {@code today} (from the configured clock: nothing measured after it).
     */
    public static List<Problem> check(Path snapshot, String shownAs, LocalDate today) throws SnapshotException {
        Problems problems = new Problems();
        String name = shownAs;
        try (SnapshotReader reader = SnapshotReader.open(snapshot)) {
            for (PlanIndicator i : reader.indicators()) {
                rules(problems, name, "indicator", i.code(), ContentRules.indicator(i));
            }
            for (IndicatorValue v : reader.indicatorValues()) {
                rules(problems, name, "indicator_value", v.indicatorCode() + " " + v.year(), ContentRules.indicatorValue(v));
            }
            for (PublishedFigure f : reader.publishedFigures()) {
                rules(problems, name, "published_figure", f.year() + " " + f.key(), ContentRules.publishedFigure(f, today));
            }
            for (Station st : reader.stations()) {
                rules(problems, name, "station", st.code(), ContentRules.station(st));
            }
            for (AirDay d : reader.airDays(Optional.empty(), LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))) {
                rules(problems, name, "air_day", d.station() + " " + d.date(), ContentRules.airDay(d, today));
            }
            int[] badHours = {0};
            reader.forEachAirHour(h -> ContentRules.airHour(h, today).ifPresent(v -> {
                // a broken export repeats one mistake thousands of times: name the first few
                if (badHours[0]++ < 20) {
                    rules(problems, name, "air_hour", h.station() + " " + h.hour(), List.of(v));
                }
            }));
            if (badHours[0] > 20) {
                add(problems, name, "air_hour", "", "另有 " + (badHours[0] - 20) + " 个小时数据有同样的问题",
                        (badHours[0] - 20) + " more hourly rows have problems of this kind");
            }
            Map<String, WaterSection> sections = new java.util.HashMap<>();
            for (WaterSection ws : reader.waterSections()) {
                sections.put(ws.code(), ws);
                rules(problems, name, "water_section", ws.code(), ContentRules.waterSection(ws));
            }
            for (WaterSample s : reader.waterSamples()) {
                rules(problems, name, "water_sample", s.section() + " " + s.date(), ContentRules.waterSample(s, today));
                water(name, s, sections, problems);
            }
            Set<String> facilities = new HashSet<>();
            for (Facility f : reader.facilities()) {
                facilities.add(f.code());
                rules(problems, name, "facility", f.code(), ContentRules.facility(f));
            }
            for (OpenDay o : reader.openDays()) {
                String key = o.facility() + " " + o.date();
                if (!facilities.contains(o.facility())) {
                    add(problems, name, "open_day", key, "开放日的设施“" + Excerpt.of(o.facility()) + "”不存在",
                            "the open day's facility '" + Excerpt.of(o.facility()) + "' does not exist");
                }
                rules(problems, name, "open_day", key, ContentRules.openDay(o, today));
            }
            for (EcoTown t : reader.ecoTowns()) {
                rules(problems, name, "eco_town", t.code(), ContentRules.town(t, today));
            }
            for (NoiseReading n : reader.noiseReadings()) {
                rules(problems, name, "noise_reading", n.kind().code() + " " + n.site() + " " + n.year(),
                        ContentRules.noise(n, today));
            }
            for (GreenMetric g : reader.greenMetrics()) {
                rules(problems, name, "green_metric", g.code() + " " + g.year(), ContentRules.green(g, today));
            }
            Set<String> images = new HashSet<>(reader.imageNames());
            for (PageKind kind : PageKind.values()) {
                for (ContentPage p : reader.pages(kind)) {
                    String where = name + "#page/" + kind.folder() + "/" + p.slug();
                    rules(problems, name, "page", kind.folder() + "/" + p.slug(), ContentRules.page(p, today));
                    MarkdownPages.checkStored(where, p.markdown().zh(), images, problems);
                    MarkdownPages.checkStored(where, p.markdown().en(), images, problems);
                }
            }
            for (String image : reader.imageNames()) {
                reader.image(image).ifPresent(i -> ImageFiles.check(name + "#image/" + Excerpt.of(image), i.bytes(),
                        problems));
            }
        }
        return problems.list();
    }

    private static void water(String name, WaterSample s, Map<String, WaterSection> sections, Problems problems) {
        String key = s.section() + " " + s.date();
        WaterSection section = sections.get(s.section());
        if (section == null) {
            add(problems, name, "water_sample", key, "断面“" + Excerpt.of(s.section()) + "”不存在", "section '"
                    + Excerpt.of(s.section()) + "' does not exist");
            return;
        }
        Map<WaterParameter, Double> values = new EnumMap<>(WaterParameter.class);
        for (Map.Entry<String, Double> e : s.parameters().entrySet()) {
            WaterParameter p = WaterSampleCsv.PARAMETERS.get(e.getKey());
            if (p != null) {
                values.put(p, e.getValue());
            }
        }
        if (s.reportedClass().isEmpty()) {
            return;
        }
        Optional<WaterClass> reported = WaterClass.parse(s.reportedClass().get());
        if (reported.isEmpty()) {
            add(problems, name, "water_sample", key, "水质类别“" + Excerpt.of(s.reportedClass().get()) + "”无效",
                    "water class '" + Excerpt.of(s.reportedClass().get()) + "' is not valid");
            return;
        }
        WaterBodyType body = section.body() == WaterBody.RIVER ? WaterBodyType.RIVER : WaterBodyType.LAKE_OR_RESERVOIR;
        WaterClassifier.assess(values, body).filter(a -> a.waterClass() != reported.get()).ifPresent(a ->
                add(problems, name, "water_sample", key, "填报类别 " + reported.get().labelZh() + " 与计算类别 "
                        + a.waterClass().labelZh() + " 不符", "reported " + reported.get().labelEn()
                        + " but the figures give " + a.waterClass().labelEn()));
    }

    private static void rules(Problems problems, String file, String table, String key, List<Violation> broken) {
        for (Violation v : broken) {
            problems.add(new Problem(file + "#" + table, 0, 0, Excerpt.of(key) + (v.field().isEmpty() ? "" : " " + v.field()),
                    v.messageZh(), v.messageEn()));
        }
    }

    private static void add(Problems problems, String file, String table, String key, String zh, String en) {
        problems.add(new Problem(file + "#" + table, 0, 0, Excerpt.of(key), zh, en));
    }
}
