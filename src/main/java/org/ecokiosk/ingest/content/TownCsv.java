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
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.EcoTown;
import org.ecokiosk.model.LocalizedText;

/** content/data/towns.csv: towns and sub-districts in the 生态文明示范镇街 campaign. */
public final class TownCsv {
    public static final List<String> COLUMNS = List.of("code", "name_zh", "name_en", "batch_year", "status",
            "summary_zh", "summary_en", "sample");

    private TownCsv() {
    }

    public static List<EcoTown> read(Path file, java.time.LocalDate today, RowClaims claims, Problems problems) {
        Optional<CsvTable> table = CsvTable.read(file, COLUMNS, List.of(), Map.of(), problems);
        List<EcoTown> towns = new ArrayList<>();
        for (CsvTable.Row row : table.map(CsvTable::rows).orElse(List.of())) {
            Cells cells = new Cells(row, problems);
            Optional<String> code = cells.required("code");
            Optional<String> name = cells.required("name_zh");
            OptionalInt batch = cells.integerOr("batch_year", 0, 0, 2100);
            Optional<Boolean> sample = cells.bool("sample", false);
            String status = cells.text("status");
            if (code.isPresent() && !claims.claim("town|" + code.get(), cells, "code", code.get())) {
                continue;
            }
            if (code.isEmpty() || name.isEmpty() || batch.isEmpty() || sample.isEmpty()) {
                continue;
            }
            EcoTown town = new EcoTown(code.get(), LocalizedText.of(name.get(), cells.text("name_en")), batch.getAsInt(),
                    status, LocalizedText.of(cells.text("summary_zh"), cells.text("summary_en")),
                    sample.get() ? DataOrigin.SAMPLE : DataOrigin.PLAN);
            if (cells.obey(ContentRules.town(town, today))) {
                towns.add(town);
            }
        }
        return towns;
    }
}
