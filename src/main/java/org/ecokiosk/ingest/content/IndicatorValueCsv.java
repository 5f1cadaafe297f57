package org.ecokiosk.ingest.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ecokiosk.ingest.Cells;
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
        Optional<CsvTable> table = CsvTable.read(file, COLUMNS, List.of(), Map.of(), problems);
        List<IndicatorValue> values = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (CsvTable.Row row : table.map(CsvTable::rows).orElse(List.of())) {
            Cells cells = new Cells(row, problems);
            Optional<String> code = cells.required("indicator_code");
            OptionalInt year = cells.integer("year", 1990, 2100);
            Optional<String> value = cells.required("value");
            Optional<DataOrigin> origin = cells.code("origin", DataOrigin::fromCode, "plan, import, sample");
            if (code.isPresent() && !knownCodes.contains(code.get())) {
                cells.fail("indicator_code", "指标编号“" + code.get() + "”在 indicators.csv 中不存在",
                        "indicator code '" + code.get() + "' is not in indicators.csv");
                continue;
            }
            if (code.isEmpty() || year.isEmpty() || value.isEmpty() || origin.isEmpty()) {
                continue;
            }
            if (!keys.add(code.get() + "|" + year.getAsInt() + "|" + origin.get())) {
                cells.fail("year", "指标“" + code.get() + "”的 " + year.getAsInt() + " 年数值重复",
                        "indicator '" + code.get() + "' has two values for " + year.getAsInt());
                continue;
            }
            values.add(new IndicatorValue(code.get(), year.getAsInt(), PlanFigure.parse(value.get()), origin.get(),
                    LocalizedText.of(cells.text("note_zh"), cells.text("note_en"))));
        }
        return values;
    }
}
