package org.ecokiosk.ingest.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.GeoPoint;
import org.ecokiosk.model.Station;
import org.ecokiosk.snapshot.SnapshotReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eco-kiosk import stations}: the station list places stations on the air map. */
class StationImportTest {
    @TempDir
    Path dir;

    private static Station station(Path snapshot, String code) throws Exception {
        try (SnapshotReader reader = SnapshotReader.open(snapshot)) {
            return reader.stations().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
        }
    }

    @Test
    void theNationalStationListLayoutNamesAndPlacesStations() throws Exception {
        ImportCandidate candidate = ImportCandidate.in(dir);
        Path snapshot = candidate.snapshot();
        Path list = candidate.file("站点列表.csv", "监测点编码,监测点名称,城市,经度,纬度,对照点\n"
                + "SPB-SAMPLE,沙坪坝（示例站点）,重庆,106.456,29.541,N\n"
                + "X001A,新站,重庆,106.301,29.605,N\n");
        ImportOutcome done = candidate.imported(ImportKind.STATIONS, list);
        assertEquals(2, done.rows());
        assertEquals(1, done.replaced(), "the sample station was there already");
        Station sample = station(snapshot, "SPB-SAMPLE");
        assertEquals(Optional.of(new GeoPoint(106.456, 29.541)), sample.position());
        assertEquals(DataOrigin.SAMPLE, sample.origin(), "a known station keeps its origin: its data stay sample");
        Station fresh = station(snapshot, "X001A");
        assertEquals(DataOrigin.IMPORTED, fresh.origin());
        assertEquals("新站", fresh.name().zh());
        assertEquals(Optional.of(new GeoPoint(106.301, 29.605)), fresh.position());
    }

    @Test
    void aLatitudeOutOfRangeIsNamedAtItsLineAndNothingChanges() throws Exception {
        ImportCandidate candidate = ImportCandidate.in(dir);
        Path list = candidate.file("stations.csv", "code,name_zh,lon,lat\nA1,甲,106.3,29.6\nA2,乙,106.3,129.6\n");
        List<Problem> problems = candidate.refused(ImportKind.STATIONS, list);
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertEquals(list.toString(), p.file());
        assertEquals(3, p.line());
        assertTrue(p.describe().contains("lat"), p.describe());
    }
}
