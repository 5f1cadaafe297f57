package org.ecokiosk.ingest.imports;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.ingest.content.MarkdownPages;
import org.ecokiosk.ingest.content.WaterSampleCsv;
import org.ecokiosk.model.ContentPage;
import org.ecokiosk.model.GreenMetric;
import org.ecokiosk.model.NoiseKind;
import org.ecokiosk.model.NoiseReading;
import org.ecokiosk.model.OpenDay;
import org.ecokiosk.model.PageKind;
import org.ecokiosk.model.WaterBody;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.model.WaterSection;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.standards.noise.NoiseZone;
import org.ecokiosk.standards.water.WaterBodyType;
import org.ecokiosk.standards.water.WaterClass;
import org.ecokiosk.standards.water.WaterClassifier;
import org.ecokiosk.standards.water.WaterParameter;

/**
 * The import checks run again on a finished snapshot before it is published: a snapshot
 * built by an older version, copied in by hand or assembled by another tool gets the same
 * scrutiny as one this program just imported. Problems name the table and the row's key.
 */
public final class PublishChecks {
    private PublishChecks() {
    }

    /**
     * Every content rule, on a finished snapshot: what import, publish and fleet pull all run.
     * Empty when the snapshot may be shown to residents. The name of this method is stable.
     */
    public static List<Problem> check(Path snapshot) throws SnapshotException {
        return check(snapshot, snapshot.getFileName().toString());
    }

    /** As {@link #check(Path)}, naming the snapshot {@code shownAs} in problems (a temporary copy has an ugly name). */
    public static List<Problem> check(Path snapshot, String shownAs) throws SnapshotException {
        Problems problems = new Problems();
        String name = shownAs;
        try (SnapshotReader reader = SnapshotReader.open(snapshot)) {
            Map<String, WaterSection> sections = reader.waterSections().stream()
                    .collect(Collectors.toMap(WaterSection::code, s -> s));
            for (WaterSample s : reader.waterSamples()) {
                water(name, s, sections, problems);
            }
            Set<String> facilities = new HashSet<>();
            reader.facilities().forEach(f -> facilities.add(f.code()));
            for (OpenDay o : reader.openDays()) {
                String key = o.facility() + " " + o.date();
                if (!facilities.contains(o.facility())) {
                    add(problems, name, "open_day", key, "开放日的设施“" + o.facility() + "”不存在",
                            "the open day's facility '" + o.facility() + "' does not exist");
                }
                if (!o.end().isAfter(o.start())) {
                    add(problems, name, "open_day", key, "结束时间应晚于开始时间", "the end time must be after the start time");
                }
            }
            for (NoiseReading n : reader.noiseReadings()) {
                noise(name, n, problems);
            }
            for (GreenMetric g : reader.greenMetrics()) {
                if (g.value() < 0 || ("%".equals(g.unit()) && g.value() > 100)) {
                    add(problems, name, "green_metric", g.code() + " " + g.year(), "数值 " + g.value() + " 超出范围",
                            "value " + g.value() + " is out of range");
                }
            }
            Set<String> images = new HashSet<>(reader.imageNames());
            for (PageKind kind : PageKind.values()) {
                for (ContentPage p : reader.pages(kind)) {
                    String where = name + "#page/" + kind.folder() + "/" + p.slug();
                    MarkdownPages.checkStored(where, p.markdown().zh(), images, problems);
                    MarkdownPages.checkStored(where, p.markdown().en(), images, problems);
                }
            }
        }
        return problems.list();
    }

    private static void water(String name, WaterSample s, Map<String, WaterSection> sections, Problems problems) {
        String key = s.section() + " " + s.date();
        WaterSection section = sections.get(s.section());
        if (section == null) {
            add(problems, name, "water_sample", key, "断面“" + s.section() + "”不存在", "section '" + s.section()
                    + "' does not exist");
            return;
        }
        Map<WaterParameter, Double> values = new EnumMap<>(WaterParameter.class);
        for (Map.Entry<String, Double> e : s.parameters().entrySet()) {
            WaterParameter p = WaterSampleCsv.PARAMETERS.get(e.getKey());
            if (e.getValue() < 0 || Double.isNaN(e.getValue())) {
                add(problems, name, "water_measurement", key + " " + e.getKey(), "浓度不能为负", "no negative concentrations");
                return;
            }
            if (p != null) {
                values.put(p, e.getValue());
            }
        }
        if (s.reportedClass().isEmpty()) {
            return;
        }
        Optional<WaterClass> reported = WaterClass.parse(s.reportedClass().get());
        if (reported.isEmpty()) {
            add(problems, name, "water_sample", key, "水质类别“" + s.reportedClass().get() + "”无效",
                    "water class '" + s.reportedClass().get() + "' is not valid");
            return;
        }
        WaterBodyType body = section.body() == WaterBody.RIVER ? WaterBodyType.RIVER : WaterBodyType.LAKE_OR_RESERVOIR;
        WaterClassifier.assess(values, body).filter(a -> a.waterClass() != reported.get()).ifPresent(a ->
                add(problems, name, "water_sample", key, "填报类别 " + reported.get().labelZh() + " 与计算类别 "
                        + a.waterClass().labelZh() + " 不符", "reported " + reported.get().labelEn()
                        + " but the figures give " + a.waterClass().labelEn()));
    }

    private static void noise(String name, NoiseReading n, Problems problems) {
        String key = n.kind().code() + " " + n.site() + " " + n.year();
        if (n.leq() < 20 || n.leq() > 120) {
            add(problems, name, "noise_reading", key, "等效声级 " + n.leq() + " 超出 20–120 dB(A)",
                    "leq " + n.leq() + " is outside 20–120 dB(A)");
        }
        if (n.kind() == NoiseKind.ZONE && NoiseZone.parse(n.zone()).isEmpty()) {
            add(problems, name, "noise_reading", key, "功能区“" + n.zone() + "”无效", "zone '" + n.zone() + "' is not valid");
        }
    }

    private static void add(Problems problems, String file, String table, String key, String zh, String en) {
        problems.add(new Problem(file + "#" + table, 0, 0, key, zh, en));
    }
}
