package org.ecokiosk.ingest.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecokiosk.ingest.Cells;
import org.ecokiosk.ingest.CsvTable;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.Facility;
import org.ecokiosk.model.LocalizedText;

/** content/data/facilities.csv: environmental facilities open to the public. */
public final class FacilityCsv {
    public static final List<String> COLUMNS = List.of("code", "name_zh", "name_en", "kind", "address_zh",
            "address_en", "booking_phone", "booking_url", "virtual_tour_url", "description_zh", "description_en",
            "sample");

    private FacilityCsv() {
    }

    public static List<Facility> read(Path file, Problems problems) {
        Optional<CsvTable> table = CsvTable.read(file, COLUMNS, List.of(), Map.of(), problems);
        List<Facility> facilities = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (CsvTable.Row row : table.map(CsvTable::rows).orElse(List.of())) {
            Cells cells = new Cells(row, problems);
            Optional<String> code = cells.required("code");
            Optional<String> name = cells.required("name_zh");
            Optional<Boolean> sample = cells.bool("sample", false);
            for (String urlColumn : List.of("booking_url", "virtual_tour_url")) {
                String url = cells.text(urlColumn);
                if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
                    cells.fail(urlColumn, "网址应以 https:// 开头", "the address must start with https://");
                }
            }
            if (code.isPresent() && !codes.add(code.get())) {
                cells.fail("code", "设施编号“" + code.get() + "”重复", "facility code '" + code.get() + "' appears twice");
                continue;
            }
            if (code.isEmpty() || name.isEmpty() || sample.isEmpty()) {
                continue;
            }
            facilities.add(new Facility(code.get(), LocalizedText.of(name.get(), cells.text("name_en")),
                    cells.text("kind"), LocalizedText.of(cells.text("address_zh"), cells.text("address_en")),
                    cells.text("booking_phone"), cells.text("booking_url"), cells.text("virtual_tour_url"),
                    LocalizedText.of(cells.text("description_zh"), cells.text("description_en")),
                    sample.get() ? DataOrigin.SAMPLE : DataOrigin.PLAN));
        }
        return facilities;
    }
}
