package org.ecokiosk.ingest.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecokiosk.ingest.Cells;
import org.ecokiosk.ingest.ContentRules;
import org.ecokiosk.ingest.RowClaims;
import org.ecokiosk.ingest.CsvTable;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.WaterBody;
import org.ecokiosk.model.WaterSection;

/** content/data/water_sections.csv: the rivers, sections, lakes and reservoirs the district watches. */
public final class WaterSectionCsv {
    public static final List<String> COLUMNS = List.of("code", "name_zh", "name_en", "river_zh", "river_en", "body",
            "target_class", "drinking_source", "note_zh", "note_en");
    private static final Set<String> CLASSES = Set.of("", "I", "II", "III", "IV", "V", "劣V");

    private WaterSectionCsv() {
    }

    public static List<WaterSection> read(Path file, Problems problems) {
        return read(file, new RowClaims(), problems);
    }

    public static List<WaterSection> read(Path file, RowClaims claims, Problems problems) {
        Optional<CsvTable> table = CsvTable.read(file, COLUMNS, List.of(), Map.of(), problems);
        List<WaterSection> sections = new ArrayList<>();
        for (CsvTable.Row row : table.map(CsvTable::rows).orElse(List.of())) {
            Cells cells = new Cells(row, problems);
            Optional<String> code = cells.required("code");
            Optional<String> name = cells.required("name_zh");
            Optional<WaterBody> body = cells.code("body", WaterBody::fromCode, "river, lake, reservoir");
            Optional<Boolean> drinking = cells.bool("drinking_source", false);
            String target = WaterClassText.normalise(cells.text("target_class"));
            if (!CLASSES.contains(target)) {
                cells.fail("target_class", "水质类别只能是 I、II、III、IV、V 或 劣V", "class must be I, II, III, IV, V or 劣V");
                continue;
            }
            if (code.isPresent() && !claims.claim("section|" + code.get(), cells, "code", code.get())) {
                continue;
            }
            if (code.isEmpty() || name.isEmpty() || body.isEmpty() || drinking.isEmpty()) {
                continue;
            }
            WaterSection section = new WaterSection(code.get(), LocalizedText.of(name.get(), cells.text("name_en")),
                    LocalizedText.of(cells.text("river_zh"), cells.text("river_en")), body.get(), target,
                    drinking.get(), LocalizedText.of(cells.text("note_zh"), cells.text("note_en")));
            if (cells.obey(ContentRules.waterSection(section))) {
                sections.add(section);
            }
        }
        return sections;
    }
}
