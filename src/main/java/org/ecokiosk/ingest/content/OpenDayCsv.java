package org.ecokiosk.ingest.content;

import org.ecokiosk.ingest.Excerpt;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
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
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.OpenDay;

/** content/data/open_days.csv: public open days of the facilities. */
public final class OpenDayCsv {
    public static final List<String> COLUMNS = List.of("facility_code", "date", "start", "end", "quota", "note_zh",
            "note_en", "sample");

    private OpenDayCsv() {
    }

    /** {@code today} bounds the dates ({@link ContentRules#planned}); {@code claims} spans the import's files. */
    public static List<OpenDay> read(Path file, Set<String> facilityCodes, LocalDate today, RowClaims claims,
                                     Problems problems) {
        Optional<CsvTable> table = CsvTable.read(file, COLUMNS, List.of(), Map.of(), problems);
        List<OpenDay> days = new ArrayList<>();
        for (CsvTable.Row row : table.map(CsvTable::rows).orElse(List.of())) {
            Cells cells = new Cells(row, problems);
            Optional<String> facility = cells.required("facility_code");
            Optional<LocalDate> date = cells.date("date");
            Optional<LocalTime> start = cells.time("start");
            Optional<LocalTime> end = cells.time("end");
            OptionalInt quota = cells.integerOr("quota", 0, 0, 100_000);
            Optional<Boolean> sample = cells.bool("sample", false);
            if (facility.isPresent() && !facilityCodes.contains(facility.get())) {
                cells.fail("facility_code", "设施编号“" + Excerpt.of(facility.get()) + "”在 facilities.csv 中不存在",
                        "facility '" + Excerpt.of(facility.get()) + "' is not in facilities.csv");
                continue;
            }
            if (facility.isEmpty() || date.isEmpty() || start.isEmpty() || end.isEmpty() || quota.isEmpty()
                    || sample.isEmpty()) {
                continue;
            }
            OpenDay day = new OpenDay(facility.get(), date.get(), start.get(), end.get(), quota.getAsInt(),
                    LocalizedText.of(cells.text("note_zh"), cells.text("note_en")),
                    sample.get() ? DataOrigin.SAMPLE : DataOrigin.PLAN);
            if (!cells.obey(ContentRules.openDay(day, today))) {
                continue;
            }
            if (!claims.claim("openday|" + facility.get() + "|" + date.get() + "|" + start.get(), cells, "date",
                    facility.get() + " " + date.get() + " " + start.get())) {
                continue;
            }
            days.add(day);
        }
        return days;
    }
}
