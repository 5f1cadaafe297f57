package org.ecokiosk.ingest.content;

import org.ecokiosk.ingest.Excerpt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.ecokiosk.ingest.Cells;
import org.ecokiosk.ingest.ContentRules;
import org.ecokiosk.ingest.RowClaims;
import org.ecokiosk.ingest.CsvTable;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.GreenMetric;
import org.ecokiosk.model.LocalizedText;

/**
 * Yearly green-space figures: {@code code,name_zh,name_en,year,value,unit} (+ optional
 * {@code sample}). A metric keeps one unit across years: a figure in another unit than the
 * snapshot's earlier years would draw a wrong trend.
 */
public final class GreenMetricCsv {
    public static final List<String> REQUIRED = List.of("code", "name_zh", "year", "value", "unit");
    public static final List<String> OPTIONAL = List.of("name_en", "sample");
    public static final Map<String, String> ALIASES = Map.of("编号", "code", "名称", "name_zh", "年份", "year",
            "数值", "value", "单位", "unit", "示例", "sample");
    /** Units the kiosk knows how to show; anything else is usually a typing slip. */
    public static final Set<String> UNITS = Set.of("%", "平方米/人", "m²/人", "公顷", "ha", "平方公里", "km²", "株", "个");

    private GreenMetricCsv() {
    }

    /** {@code knownUnits}: each metric code's unit in the snapshot being added to. */
    public static List<GreenMetric> read(Path file, Map<String, String> knownUnits, int currentYear, Problems problems) {
        return read(file, knownUnits, java.time.LocalDate.of(currentYear, 12, 31), new RowClaims(), problems);
    }

    public static List<GreenMetric> read(Path file, Map<String, String> knownUnits, java.time.LocalDate today,
                                         RowClaims claims, Problems problems) {
        int currentYear = today.getYear();
        Optional<CsvTable> table = CsvTable.read(file, REQUIRED, OPTIONAL, ALIASES, problems);
        List<GreenMetric> metrics = new ArrayList<>();
        Map<String, String> units = new java.util.HashMap<>(knownUnits);
        for (CsvTable.Row row : table.map(CsvTable::rows).orElse(List.of())) {
            Cells cells = new Cells(row, problems);
            Optional<String> code = cells.required("code");
            Optional<String> name = cells.required("name_zh");
            OptionalInt year = cells.integer("year", 1990, currentYear);
            Optional<String> unit = cells.required("unit");
            Optional<Boolean> sample = cells.bool("sample", false);
            double max = unit.filter("%"::equals).isPresent() ? 100 : 1_000_000;
            OptionalDouble value = cells.decimal("value", 0, max);
            if (unit.isPresent() && !UNITS.contains(unit.get())) {
                cells.fail("unit", "单位“" + Excerpt.of(unit.get()) + "”无法识别，可用：" + String.join("、", UNITS),
                        "unit '" + Excerpt.of(unit.get()) + "' is not known; use one of " + String.join(", ", UNITS));
                continue;
            }
            if (code.isPresent() && unit.isPresent() && units.containsKey(code.get())
                    && !units.get(code.get()).equals(unit.get())) {
                cells.fail("unit", "指标“" + Excerpt.of(code.get()) + "”以前的单位是 " + units.get(code.get()) + "，这里是 "
                        + unit.get() + "；同一指标各年单位必须相同", "metric '" + Excerpt.of(code.get()) + "' is in "
                        + units.get(code.get()) + " elsewhere but in " + Excerpt.of(unit.get()) + " here; one metric keeps one unit");
                continue;
            }
            code.ifPresent(c -> unit.ifPresent(u -> units.putIfAbsent(c, u)));
            if (code.isEmpty() || name.isEmpty() || year.isEmpty() || unit.isEmpty() || value.isEmpty()
                    || sample.isEmpty()) {
                continue;
            }
            if (!claims.claim("green|" + code.get() + "|" + year.getAsInt(), cells, "year",
                    code.get() + " " + year.getAsInt())) {
                continue;
            }
            GreenMetric metric = new GreenMetric(code.get(), LocalizedText.of(name.get(), cells.text("name_en")),
                    year.getAsInt(), value.getAsDouble(), unit.get(),
                    sample.get() ? DataOrigin.SAMPLE : DataOrigin.IMPORTED);
            if (cells.obey(ContentRules.green(metric, today))) {
                metrics.add(metric);
            }
        }
        return metrics;
    }
}
