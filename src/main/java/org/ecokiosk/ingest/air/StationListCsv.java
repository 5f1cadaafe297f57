package org.ecokiosk.ingest.air;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ecokiosk.ingest.Cells;
import org.ecokiosk.ingest.ContentRules;
import org.ecokiosk.ingest.CsvTable;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.ingest.RowClaims;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.GeoPoint;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.Station;

/**
 * A station list (监测点列表): where the air monitoring stations stand, in the layout of the
 * national station list (监测点编码, 监测点名称, 城市, 经度, 纬度, 对照点) or with English headers
 * (code, name_zh, name_en, city, lon, lat). It names and places stations; a station already in the
 * snapshot keeps its origin (and city when the file gives none), a new one is created as imported
 * and waits for its hourly data. Longitude and latitude are WGS 84 degrees.
 */
public final class StationListCsv {
    static final List<String> REQUIRED = List.of("code", "name_zh", "lon", "lat");
    static final List<String> OPTIONAL = List.of("name_en", "city", "reference");
    static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("监测点编码", "code"), Map.entry("站点编码", "code"), Map.entry("监测点名称", "name_zh"),
            Map.entry("站点名称", "name_zh"), Map.entry("英文名称", "name_en"), Map.entry("城市", "city"),
            Map.entry("经度", "lon"), Map.entry("纬度", "lat"), Map.entry("对照点", "reference"));

    private StationListCsv() {
    }

    /**
     * @param known the snapshot's stations by code (their origin and city are kept)
     */
    public static List<Station> read(Path file, Map<String, Station> known, RowClaims claims, Problems problems) {
        Optional<CsvTable> table = CsvTable.read(file, REQUIRED, OPTIONAL, ALIASES, problems);
        List<Station> stations = new ArrayList<>();
        for (CsvTable.Row row : table.map(CsvTable::rows).orElse(List.of())) {
            Cells cells = new Cells(row, problems);
            Optional<String> code = cells.required("code");
            Optional<String> name = cells.required("name_zh");
            OptionalDouble lon = cells.decimal("lon", -180, 180);
            OptionalDouble lat = cells.decimal("lat", -90, 90);
            if (code.isPresent() && !claims.claim("station|" + code.get(), cells, "code", code.get())) {
                continue;
            }
            if (code.isEmpty() || name.isEmpty() || lon.isEmpty() || lat.isEmpty()) {
                continue;
            }
            Optional<Station> before = Optional.ofNullable(known.get(code.get()));
            String city = cells.text("city").isBlank() ? before.map(Station::city).orElse("") : cells.text("city");
            Station station = new Station(code.get(), LocalizedText.of(name.get(), cells.text("name_en")), city,
                    before.map(Station::origin).orElse(DataOrigin.IMPORTED),
                    Optional.of(new GeoPoint(lon.getAsDouble(), lat.getAsDouble())));
            if (cells.obey(ContentRules.station(station))) {
                stations.add(station);
            }
        }
        return stations;
    }
}
