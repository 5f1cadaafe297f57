package org.ecokiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode ok(String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exit(), run.err());
        return JSON.readTree(run.out());
    }

    @Test
    void aqiPrintsLevelColourPollutantsAndRules() throws Exception {
        JsonNode r = ok("eval", "aqi", "--pm25", "80", "--pm10", "100", "--so2", "10", "--no2", "40", "--co", "1",
                "--o3-8h", "120", "--date", "2025-06-01");
        assertEquals(107, r.get("aqi").asInt()); // PM2.5 80 → 100 + 50/40 × 5 = 106.25 → 107
        assertEquals("三级", r.get("level").get("zh").asText());
        assertEquals("Lightly polluted", r.get("level").get("category_en").asText());
        assertEquals("#FF7E00", r.get("colour").get("hex").asText());
        assertEquals("PM2.5", r.get("primary_pollutants").get(0).asText());
        assertEquals("PM2.5", r.get("exceeding_pollutants").get(0).asText());
        assertEquals(75, r.get("iaqi").get("PM10").asInt());
        assertEquals("HJ633-2012", r.get("rules").asText());
        assertFalse(r.get("provisional").asBoolean());
        assertFalse(r.has("provisional_note"));
    }

    @Test
    void aqiOnOrAfter2026March1UsesHj633_2026() throws Exception {
        JsonNode r = ok("eval", "aqi", "--pm25", "20", "--date", "2026-03-01");
        assertEquals("HJ633-2026", r.get("rules").asText());
        assertFalse(r.get("provisional").asBoolean());
        assertEquals("undetermined", r.get("completeness").asText(), "five pollutants missing, PM2.5 at 20");
        JsonNode polluted = ok("eval", "aqi", "--pm25", "80.5", "--date", "2026-12-01");
        assertEquals(119, polluted.get("aqi").asInt(), "80.5 rounds to the even 80 first");
        assertEquals("80", polluted.get("sub_indices").get(0).get("concentration").toString());
        assertEquals("PM2.5", polluted.get("sensitive_groups").get(0).get("pollutant").asText());
        assertTrue(polluted.get("sensitive_groups").get(0).get("en").asText().contains("children and teenagers"));
        assertFalse(r.has("provisional_note"));
        assertEquals(0, r.get("primary_pollutants").size(), "no primary pollutant at AQI ≤ 50");
        assertEquals(5, r.get("missing_pollutants").size());
    }

    @Test
    void negativeConcentrationIsInvalidInput() {
        assertEquals(1, CliRun.of("eval", "aqi", "--pm25", "-1").exit());
        assertEquals(2, CliRun.of("eval", "aqi", "--pm25", "abc").exit());
    }

    @Test
    void waterGivesWorstParameterClass() throws Exception {
        JsonNode r = ok("eval", "water", "--do", "6.5", "--codmn", "3.5", "--nh3n", "1.2", "--tp", "0.15");
        assertEquals("IV", r.get("class").asText());
        assertEquals("NH3-N", r.get("deciding_parameters").get(0).asText());
        JsonNode lake = ok("eval", "water", "--tp", "0.04", "--lake");
        assertEquals("III", lake.get("class").asText());
    }

    @Test
    void noiseJudgesZoneDayAndNight() throws Exception {
        JsonNode r = ok("eval", "noise", "--zone", "2", "--day", "58.2", "--night", "51.3", "--survey", "regional");
        assertTrue(r.get("day").get("complies").asBoolean());
        assertFalse(r.get("night").get("complies").asBoolean());
        assertEquals(1.3, r.get("night").get("exceedance_db").asDouble(), 1e-9);
        assertEquals(3, r.get("day").get("grade").asInt());
        assertEquals(1, CliRun.of("eval", "noise", "--zone", "9", "--day", "50").exit());
    }

    @Test
    void airAnnualOfTheSampleSnapshotHasTheIssueKeysAndThePlanFigures(@TempDir Path dir) throws Exception {
        Path s = dir.resolve("s.sqlite");
        SnapshotBuilds.fromContent(Fixtures.content(), s, Instant.EPOCH);
        JsonNode all = ok("eval", "air-annual", "--snapshot", s.toString(), "--year", "2015");
        assertEquals(2, all.size());
        JsonNode station = all.get(0);
        assertEquals(List.of("station", "year", "rules", "days", "valid_days", "annual_mean", "co_24h_p95", "o3_8h_p90",
                "aqi_days", "good_days", "good_ratio", "origin", "stations", "latest_day", "latest_aqi", "evaluation",
                "limits", "method", "attainment"), fieldNames(station));
        assertEquals("SPB-SAMPLE", station.get("station").asText());
        assertEquals("HJ633-2012", station.get("rules").asText());
        assertEquals("HJ663-2013", station.get("evaluation").asText());
        assertEquals("GB3095-2012", station.get("limits").asText());
        assertTrue(station.get("method").isNull());
        JsonNode pm25 = station.get("attainment").get("PM2.5");
        assertEquals("annual_mean", pm25.get("statistic").asText());
        assertEquals("53", pm25.get("value").toString(), "a plain JSON number, not 5.3E+1");
        assertEquals("35", pm25.get("limit").toString());
        assertFalse(pm25.get("attained").asBoolean());
        assertEquals(List.of("PM2.5", "PM10", "SO2", "NO2", "CO", "O3"), fieldNames(station.get("attainment")));
        assertEquals("24h_p95", station.get("attainment").get("CO").get("statistic").asText());
        assertEquals(365, station.get("days").asInt());
        assertEquals(365, station.get("valid_days").get("PM2.5").asInt());
        assertEquals(53.0, station.get("annual_mean").get("PM2.5").asDouble(), 1e-9);
        assertEquals(List.of("PM2.5", "PM10", "SO2", "NO2"), fieldNames(station.get("annual_mean")));
        assertEquals(281, station.get("good_days").asInt());
        assertEquals(0.7699, station.get("good_ratio").asDouble(), 1e-9);
        assertEquals("district", all.get(1).get("station").asText());
        assertEquals(fieldNames(station), fieldNames(all.get(1)), "the district has the stations' keys");
        assertEquals(281, all.get(1).get("good_days").asInt(), "one station: the district is that station");
        assertEquals("2015-12-31", all.get(1).get("latest_day").asText());
        assertEquals("sample", all.get(1).get("origin").asText());

        JsonNode district = ok("eval", "air-annual", "--snapshot", s.toString(), "--year", "2015", "--district");
        assertTrue(district.isObject(), "--district prints one object");
        assertEquals(all.get(1), district);
        assertEquals(2, CliRun.of("eval", "air-annual", "--snapshot", s.toString(), "--year", "2015", "--district",
                "--station", "SPB-SAMPLE").exit(), "--district and --station exclude each other");
        assertEquals(1, CliRun.of("eval", "air-annual", "--snapshot", s.toString(), "--year", "1999", "--district")
                .exit(), "no air data for the year");

        JsonNode y2026 = ok("eval", "air-annual", "--snapshot", s.toString(), "--year", "2026", "--district");
        assertEquals("HJ633-2026", y2026.get("rules").asText());
        assertEquals("GB3095-2026/transition", y2026.get("limits").asText());
        assertEquals("GB 3095-2026 limits, HJ 663-2013 method", y2026.get("method").get("en").asText());
        assertEquals("30", y2026.get("attainment").get("PM2.5").get("limit").toString());
        assertTrue(y2026.get("attainment").get("PM2.5").get("attained").isNull(),
                "the sample ends on 31 October: 2026 is incomplete, no verdict");
        assertFalse(y2026.get("attainment").get("PM2.5").get("complete").asBoolean());

        JsonNode one = ok("eval", "air-annual", "--snapshot", s.toString(), "--year", "2020", "--station",
                "沙坪坝（示例站点）");
        assertEquals(1, one.size());
        assertEquals(314, one.get(0).get("good_days").asInt());
        assertEquals(30.0, one.get(0).get("annual_mean").get("PM2.5").asDouble(), 1e-9);
        assertEquals(1, CliRun.of("eval", "air-annual", "--snapshot", s.toString(), "--year", "2020", "--station",
                "nowhere").exit());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
