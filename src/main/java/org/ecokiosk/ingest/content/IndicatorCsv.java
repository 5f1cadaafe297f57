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
import org.ecokiosk.ingest.ContentRules;
import org.ecokiosk.ingest.RowClaims;
import org.ecokiosk.ingest.CsvTable;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.model.Direction;
import org.ecokiosk.model.IndicatorKind;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.PlanTable;

/** content/data/indicators.csv: the plan's indicator tables, one row per indicator. */
public final class IndicatorCsv {
    public static final List<String> COLUMNS = List.of("code", "source_table", "seq", "group_zh", "group_en",
            "name_zh", "name_en", "unit", "kind", "direction", "cumulative", "baseline_year", "baseline",
            "target_year", "target", "note_zh", "note_en");

    private IndicatorCsv() {
    }

    public static List<PlanIndicator> read(Path file, Problems problems) {
        return read(file, new RowClaims(), problems);
    }

    public static List<PlanIndicator> read(Path file, RowClaims claims, Problems problems) {
        Optional<CsvTable> table = CsvTable.read(file, COLUMNS, List.of(), Map.of(), problems);
        List<PlanIndicator> indicators = new ArrayList<>();
        for (CsvTable.Row row : table.map(CsvTable::rows).orElse(List.of())) {
            Cells cells = new Cells(row, problems);
            Optional<String> code = cells.required("code");
            Optional<PlanTable> source = cells.code("source_table", PlanTable::fromCode, "zl2, zl1, text, noise, ecotown");
            OptionalInt seq = cells.integerOr("seq", 0, 0, 999);
            Optional<String> nameZh = cells.required("name_zh");
            Optional<IndicatorKind> kind = cells.code("kind", IndicatorKind::fromCode, "binding, expected 或留空");
            Optional<Direction> direction = cells.code("direction", Direction::fromCode, ">=, <=, = 或留空");
            Optional<Boolean> cumulative = cells.bool("cumulative", false);
            OptionalInt baselineYear = cells.integerOr("baseline_year", 0, 0, 2100);
            OptionalInt targetYear = cells.integerOr("target_year", 0, 0, 2100);
            PlanFigure target = PlanFigure.parse(cells.text("target"));
            if (direction.isPresent() && direction.get() != Direction.NONE && !target.isNumber()) {
                cells.fail("target", "有比较方向（" + direction.get().symbol() + "）的目标必须是数字",
                        "a target with a direction (" + direction.get().code() + ") must be a number");
            }
            if (code.isPresent() && !claims.claim("indicator|" + code.get(), cells, "code", code.get())) {
                continue;
            }
            if (code.isEmpty() || source.isEmpty() || seq.isEmpty() || nameZh.isEmpty() || kind.isEmpty()
                    || direction.isEmpty() || cumulative.isEmpty() || baselineYear.isEmpty() || targetYear.isEmpty()) {
                continue;
            }
            PlanIndicator indicator = new PlanIndicator(code.get(), source.get(), seq.getAsInt(),
                    LocalizedText.of(cells.text("group_zh"), cells.text("group_en")),
                    LocalizedText.of(nameZh.get(), cells.text("name_en")), cells.text("unit"), kind.get(),
                    direction.get(), cumulative.get(), baselineYear.getAsInt(), PlanFigure.parse(cells.text("baseline")),
                    targetYear.getAsInt(), target, LocalizedText.of(cells.text("note_zh"), cells.text("note_en")));
            if (cells.obey(ContentRules.indicator(indicator))) {
                indicators.add(indicator);
            }
        }
        return indicators;
    }
}
