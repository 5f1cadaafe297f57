package org.ecokiosk.ingest.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.ecokiosk.ingest.Cells;
import org.ecokiosk.ingest.Excerpt;
import org.ecokiosk.ingest.ContentRules;
import org.ecokiosk.ingest.RowClaims;
import org.ecokiosk.ingest.CsvTable;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.NoiseKind;
import org.ecokiosk.model.NoiseReading;
import org.ecokiosk.standards.noise.NoiseZone;

/**
 * Yearly noise results: {@code kind,zone,site,year,period,leq} (+ optional {@code sample}).
 * Zone readings name their GB 3096 functional zone; regional and traffic readings leave it empty.
 */
public final class NoiseReadingCsv {
    public static final List<String> REQUIRED = List.of("kind", "zone", "site", "year", "period", "leq");
    public static final List<String> OPTIONAL = List.of("sample");
    public static final Map<String, String> ALIASES = Map.of("类型", "kind", "功能区", "zone", "点位", "site",
            "年份", "year", "时段", "period", "等效声级", "leq", "示例", "sample");
    private static final Set<String> DECIBELS = Set.of("db(a)", "dba", "db", "分贝");

    private NoiseReadingCsv() {
    }

    public static List<NoiseReading> read(Path file, int currentYear, Problems problems) {
        return read(file, java.time.LocalDate.of(currentYear, 12, 31), new RowClaims(), problems);
    }

    public static List<NoiseReading> read(Path file, java.time.LocalDate today, RowClaims claims, Problems problems) {
        int currentYear = today.getYear();
        Optional<CsvTable> read = CsvTable.read(file, REQUIRED, OPTIONAL, ALIASES, problems);
        if (read.isEmpty()) {
            return List.of();
        }
        CsvTable table = read.get();
        Optional<String> unit = table.unitOf("leq");
        if (unit.isPresent() && !DECIBELS.contains(unit.get().toLowerCase(Locale.ROOT).replace(" ", ""))) {
            problems.add(new Problem(table.fileName(), 1, table.header().indexOf("leq") + 1, "leq",
                    "等效声级的单位应为 dB(A)，不是 " + unit.get(), "leq must be in dB(A), not " + unit.get()));
            return List.of();
        }
        List<NoiseReading> readings = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Cells cells = new Cells(row, problems);
            Optional<NoiseKind> kind = cells.code("kind", NoiseKind::fromCode, "regional（区域）, traffic（交通）, zone（功能区）");
            Optional<String> zone = zone(cells, kind);
            Optional<String> site = cells.required("site");
            OptionalInt year = cells.integer("year", 1990, currentYear);
            Optional<Boolean> night = night(cells);
            OptionalDouble leq = cells.decimal("leq", 20, 120);
            Optional<Boolean> sample = cells.bool("sample", false);
            if (kind.isEmpty() || zone.isEmpty() || site.isEmpty() || year.isEmpty() || night.isEmpty()
                    || leq.isEmpty() || sample.isEmpty()) {
                continue;
            }
            String key = kind.get() + "|" + zone.get() + "|" + site.get() + "|" + year.getAsInt() + "|" + night.get();
            if (!claims.claim("noise|" + key, cells, "site", site.get() + " " + year.getAsInt() + " "
                    + (night.get() ? "night" : "day"))) {
                continue;
            }
            NoiseReading reading = new NoiseReading(kind.get(), zone.get(), site.get(), year.getAsInt(), night.get(),
                    leq.getAsDouble(), sample.get() ? DataOrigin.SAMPLE : DataOrigin.IMPORTED);
            if (cells.obey(ContentRules.noise(reading, today))) {
                readings.add(reading);
            }
        }
        return readings;
    }

    private static Optional<String> zone(Cells cells, Optional<NoiseKind> kind) {
        String text = cells.text("zone");
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        if (kind.get() != NoiseKind.ZONE) {
            if (!text.isEmpty()) {
                cells.fail("zone", "只有功能区（zone）监测才填功能区类别，区域和交通噪声请留空",
                        "only zone readings have a functional zone; leave it empty for regional and traffic readings");
                return Optional.empty();
            }
            return Optional.of("");
        }
        Optional<NoiseZone> zone = NoiseZone.parse(text);
        if (zone.isEmpty()) {
            cells.fail("zone", "功能区“" + Excerpt.of(text) + "”无效，应为 0、1、2、3、4a 或 4b",
                    "functional zone '" + Excerpt.of(text) + "' is not valid; use 0, 1, 2, 3, 4a or 4b");
            return Optional.empty();
        }
        return Optional.of(zone.get().code());
    }

    private static Optional<Boolean> night(Cells cells) {
        String text = cells.text("period").toLowerCase(Locale.ROOT);
        return switch (text) {
            case "day", "昼", "昼间", "白天" -> Optional.of(false);
            case "night", "夜", "夜间" -> Optional.of(true);
            default -> {
                cells.fail("period", "时段“" + Excerpt.of(text) + "”无效，应为 day（昼间）或 night（夜间）",
                        "period '" + Excerpt.of(text) + "' is not valid; use day or night");
                yield Optional.empty();
            }
        };
    }
}
