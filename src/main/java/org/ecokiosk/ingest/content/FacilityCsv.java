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
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.Facility;
import org.ecokiosk.model.LocalizedText;

/** content/data/facilities.csv: environmental facilities open to the public. */
public final class FacilityCsv {
    public static final List<String> COLUMNS = List.of("code", "name_zh", "name_en", "kind", "address_zh",
            "address_en", "booking_phone", "booking_url", "virtual_tour_url", "description_zh", "description_en",
            "sample");
    /** Added later, so files without them still import: a photo among content/images and the way there. */
    public static final List<String> OPTIONAL_COLUMNS = List.of("photo", "transport_zh", "transport_en");

    private FacilityCsv() {
    }

    public static List<Facility> read(Path file, Problems problems) {
        return read(file, new RowClaims(), Optional.empty(), problems);
    }

    /** {@code images}: the content images a photo must be one of (empty: not checked here). */
    public static List<Facility> read(Path file, Optional<Set<String>> images, Problems problems) {
        return read(file, new RowClaims(), images, problems);
    }

    /** {@code claims}: the keys of every file of this import, so a code in two files is found too. */
    public static List<Facility> read(Path file, RowClaims claims, Problems problems) {
        return read(file, claims, Optional.empty(), problems);
    }

    private static List<Facility> read(Path file, RowClaims claims, Optional<Set<String>> images, Problems problems) {
        Optional<CsvTable> table = CsvTable.read(file, COLUMNS, OPTIONAL_COLUMNS, Map.of(), problems);
        List<Facility> facilities = new ArrayList<>();
        for (CsvTable.Row row : table.map(CsvTable::rows).orElse(List.of())) {
            Cells cells = new Cells(row, problems);
            Optional<String> code = cells.required("code");
            Optional<String> name = cells.required("name_zh");
            Optional<Boolean> sample = cells.bool("sample", false);
            if (code.isPresent() && !claims.claim("facility|" + code.get(), cells, "code", code.get())) {
                continue;
            }
            if (code.isEmpty() || name.isEmpty() || sample.isEmpty()) {
                continue;
            }
            Facility facility = new Facility(code.get(), LocalizedText.of(name.get(), cells.text("name_en")),
                    cells.text("kind"), LocalizedText.of(cells.text("address_zh"), cells.text("address_en")),
                    cells.text("booking_phone"), cells.text("booking_url"), cells.text("virtual_tour_url"),
                    LocalizedText.of(cells.text("description_zh"), cells.text("description_en")),
                    sample.get() ? DataOrigin.SAMPLE : DataOrigin.PLAN, cells.text("photo"),
                    LocalizedText.of(cells.text("transport_zh"), cells.text("transport_en")));
            if (!facility.photo().isEmpty() && images.isPresent() && !images.get().contains(facility.photo())) {
                cells.fail("photo", "照片“" + org.ecokiosk.ingest.Excerpt.of(facility.photo()) + "”不在 content/images 中",
                        "photo '" + org.ecokiosk.ingest.Excerpt.of(facility.photo()) + "' is not in content/images");
                continue;
            }
            if (cells.obey(ContentRules.facility(facility))) {
                facilities.add(facility);
            }
        }
        return facilities;
    }
}
