package org.ecokiosk.ingest.content;

import org.ecokiosk.ingest.Excerpt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ecokiosk.ingest.Cells;
import org.ecokiosk.ingest.ContentRules;
import org.ecokiosk.ingest.RowClaims;
import org.ecokiosk.ingest.CsvTable;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.PlanFigure;

/** content/data/indicator_values.csv: yearly values of indicators (the plan's or imported ones). */
public final class IndicatorValueCsv {
    public static final List<String> COLUMNS = List.of("indicator_code", "year", "value", "origin", "note_zh", "note_en");

    private IndicatorValueCsv() {
    }

    /** Reads the values; every indicator_code must be one of {@code knownCodes}. */
    public static List<IndicatorValue> read(Path file, Set<String> knownCodes, Problems problems) {
        return read(file, knownCodes, Map.of(), false, new RowClaims(), problems);
    }

    /**
     * Reads values to import into an existing snapshot. {@code planFigures} maps
     * "code|year" to the plan's figure already there: a plan figure comes from the printed plan
     * and an import may repeat it but not change it (new figures use origin {@code import}).
     * Imported figures must be numbers, after full-width digits and separators are undone.
     */
    public static List<IndicatorValue> readImport(Path file, Set<String> knownCodes, Map<String, String> planFigures,
                                                  RowClaims claims, Problems problems) {
        return read(file, knownCodes, planFigures, true, claims, problems);
    }

    /** 32.6 and 32.60 are the same figure; words must match exactly. */
    private static boolean sameFigure(PlanFigure a, PlanFigure b) {
        if (a.isNumber() && b.isNumber()) {
            return a.number().orElseThrow().compareTo(b.number().orElseThrow()) == 0;
        }
        return a.display().equals(b.display());
    }

    private static List<IndicatorValue> read(Path file, Set<String> knownCodes, Map<String, String> planFigures,
                                             boolean importing, RowClaims claims, Problems problems) {
        Optional<CsvTable> table = CsvTable.read(file, COLUMNS, List.of(), Map.of(), problems);
        List<IndicatorValue> values = new ArrayList<>();
        for (CsvTable.Row row : table.map(CsvTable::rows).orElse(List.of())) {
            Cells cells = new Cells(row, problems);
            Optional<String> code = cells.required("indicator_code");
            OptionalInt year = cells.integer("year", 1990, 2100);
            Optional<String> value = cells.required("value");
            Optional<DataOrigin> origin = cells.code("origin", DataOrigin::fromCode, "plan, import, sample");
            if (code.isPresent() && !knownCodes.contains(code.get())) {
                cells.fail("indicator_code", "指标编号“" + Excerpt.of(code.get()) + "”在 indicators.csv 中不存在",
                        "indicator code '" + Excerpt.of(code.get()) + "' is not in indicators.csv");
                continue;
            }
            if (code.isEmpty() || year.isEmpty() || value.isEmpty() || origin.isEmpty()) {
                continue;
            }
            if (!claims.claim("value|" + code.get() + "|" + year.getAsInt() + "|" + origin.get().code(), cells, "year",
                    code.get() + " " + year.getAsInt() + " (" + origin.get().code() + ")")) {
                continue;
            }
            PlanFigure figure = PlanFigure.parse(value.get());
            if (importing && origin.get() == DataOrigin.IMPORTED) {
                figure = PlanFigure.parse(org.ecokiosk.ingest.Numbers.normalise(value.get()));
                if (!figure.isNumber()) {
                    cells.fail("value", "导入的数值“" + Excerpt.of(value.get()) + "”不是数字", "the imported value '" + Excerpt.of(value.get())
                            + "' is not a number");
                    continue;
                }
            }
            String planKey = code.get() + "|" + year.getAsInt();
            if (importing && origin.get() == DataOrigin.PLAN && planFigures.containsKey(planKey)
                    && !sameFigure(PlanFigure.parse(planFigures.get(planKey)), figure)) {
                cells.fail("value", "规划中“" + Excerpt.of(code.get()) + "”" + year.getAsInt() + " 年的数值是“" + planFigures.get(planKey)
                        + "”，导入不能修改规划数字；新的数据请把 origin 写成 import", "the plan's figure for '" + code.get()
                        + "' in " + year.getAsInt() + " is '" + planFigures.get(planKey)
                        + "'; an import cannot change a plan figure (use origin 'import' for new figures)");
                continue;
            }
            IndicatorValue v = new IndicatorValue(code.get(), year.getAsInt(), figure, origin.get(),
                    LocalizedText.of(cells.text("note_zh"), cells.text("note_en")));
            if (cells.obey(ContentRules.indicatorValue(v))) {
                values.add(v);
            }
        }
        return values;
    }
}
