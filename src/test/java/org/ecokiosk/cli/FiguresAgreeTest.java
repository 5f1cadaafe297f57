package org.ecokiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.kiosk.viewmodel.AirViewModel;
import org.ecokiosk.kiosk.viewmodel.GreenViewModel;
import org.ecokiosk.kiosk.viewmodel.PlanTargetRow;
import org.ecokiosk.kiosk.viewmodel.PlanTargetsViewModel;
import org.ecokiosk.kiosk.viewmodel.ViewModelLoads;
import org.ecokiosk.report.ReportPdfText;
import org.ecokiosk.report.pdf.OfficialText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Residents and officers see one figure: from one snapshot, the kiosk's view models, the PDFs read
 * back with PDFBox and {@code eval air-annual --district} give the same numbers and verdicts.
 */
class FiguresAgreeTest {
    @TempDir
    static Path dir;
    private static Path snapshot;
    private static JsonNode district;
    private static String bulletin;
    private static String planProgress;

    @BeforeAll
    static void build() throws Exception {
        snapshot = AgreementFixture.write(dir.resolve("agree.sqlite"));
        CliRun eval = CliRun.of("eval", "air-annual", "--snapshot", snapshot.toString(), "--year",
                String.valueOf(AgreementFixture.YEAR), "--district");
        assertEquals(0, eval.exit(), eval.err());
        district = new ObjectMapper().readTree(eval.out());
        bulletin = ReportPdfText.bulletin(snapshot, AgreementFixture.YEAR);
        planProgress = ReportPdfText.planProgress(snapshot, AgreementFixture.YEAR);
    }

    @Test
    void theDistrictIsTheImportedStationsOnly() {
        assertEquals("district", district.get("station").asText());
        assertEquals(2, district.get("stations").asInt(), "the sample station never mixes with imported ones");
        assertEquals("import", district.get("origin").asText());
        assertEquals(365, district.get("aqi_days").asInt());
    }

    @Test
    void airViewModelBulletinAndEvalShowTheSameGoodDaysPm25AndLatestAqi() throws Exception {
        AirViewModel air = ViewModelLoads.loaded(new AirViewModel(), snapshot);

        int goodDays = district.get("good_days").asInt();
        assertTrue(goodDays < 365 - 9, "the ten July days with a 1 h O3 peak of 260 are not good");
        assertEquals(AgreementFixture.YEAR, air.goodDays().latest().orElseThrow().year());
        assertEquals(goodDays, (int) air.goodDays().latest().orElseThrow().value().getAsDouble(),
                "kiosk good days = eval (not the sample 350)");
        assertTrue(bulletin.contains(ReportPdfText.squeeze("其中优良天数" + goodDays + "天")), "bulletin good days");

        long pm25 = BigDecimal.valueOf(district.get("annual_mean").get("PM2.5").asDouble())
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        assertEquals(pm25, (long) air.pm25().latest().orElseThrow().value().getAsDouble(), "kiosk PM2.5 = eval");
        assertTrue(bulletin.contains(ReportPdfText.squeeze("细颗粒物（PM2.5）年均浓度为" + pm25 + "微克/立方米")),
                "bulletin PM2.5");

        AirViewModel.DayAqi today = air.today().orElseThrow();
        assertEquals(LocalDate.of(AgreementFixture.YEAR, 12, 31), today.date());
        assertEquals(today.date().toString(), district.get("latest_day").asText());
        assertEquals(today.aqi(), district.get("latest_aqi").asInt(), "kiosk latest AQI = eval");
        assertTrue(bulletin.contains(ReportPdfText.squeeze("当日全区空气质量指数（AQI）为" + today.aqi())),
                "bulletin latest AQI");
        assertEquals(2, air.stations().size(), "the sample station is not listed beside imported ones");
    }

    @Test
    void planTargetsAndBothPdfsAgreeOnEveryZl2Row() throws Exception {
        PlanTargetsViewModel plan = ViewModelLoads.loaded(new PlanTargetsViewModel(), snapshot);
        List<PlanTargetRow> rows = plan.groups().stream().flatMap(g -> g.rows().stream()).toList();
        assertEquals(12, rows.size());
        for (PlanTargetRow row : rows) {
            // the PDFs set the plan's names as an official text (full-width brackets and colons)
            String label = ReportPdfText.squeeze(OfficialText.punctuate(row.seq() + ". " + row.name().zh()));
            String latest = row.value().isEmpty() ? "—"
                    : row.value() + "（" + row.valueYear().orElseThrow() + "）" + (row.sample() ? "*" : "");
            String verdict = row.status().labelZh() + latest;
            for (Map.Entry<String, String> pdf : Map.of("plan-progress", planProgress, "bulletin", bulletin).entrySet()) {
                assertTrue(Pattern.compile(Pattern.quote(label) + ".{0,40}?" + Pattern.quote(verdict))
                        .matcher(pdf.getValue()).find(), pdf.getKey() + " final view of " + label + ": " + verdict);
            }
            // the report prints cumulative figures in the plan's brackets ("[16.5]": a five-year total)
            String baseline = row.baseline().isEmpty() ? "—" : row.cumulative() ? "[" + row.baseline() + "]" : row.baseline();
            assertTrue(Pattern.compile(Pattern.quote(label) + ".{0,20}?" + Pattern.quote(baseline + latest))
                    .matcher(planProgress).find(), "figures table of " + label + ": " + baseline + " " + latest);
        }
        Map<String, PlanTargetRow> byCode = rows.stream()
                .collect(Collectors.toMap(PlanTargetRow::code, Function.identity()));
        // the figures the bulletin's chapters print are the plan table's too (no 暂无数据 beside them)
        for (String code : List.of("zl2-02", "zl2-04", "zl2-08", "zl2-09", "zl2-10a", "zl2-10b", "zl2-11")) {
            assertNotEquals(TargetStatus.NO_DATA, byCode.get(code).status(), code);
        }
        assertEquals("40.2", byCode.get("zl2-04").value());
        assertEquals(TargetStatus.MET, byCode.get("zl2-04").status());
        assertEquals("V", byCode.get("zl2-10b").value());
        assertEquals(TargetStatus.NOT_MET, byCode.get("zl2-10b").status());
        assertEquals("100", byCode.get("zl2-11").value());
        assertEquals(TargetStatus.ON_TRACK, byCode.get("zl2-06").status(), "10 in 2023 against 9.6 on the path");
        assertEquals(TargetStatus.SET_BY_CITY, byCode.get("zl2-05").status());
        assertEquals(TargetStatus.NO_DATA, byCode.get("zl2-03").status());

        GreenViewModel green = ViewModelLoads.loaded(new GreenViewModel(), snapshot);
        GreenViewModel.Figure builtUp = green.figure(GreenViewModel.Kind.BUILT_UP_GREEN);
        assertEquals(40.2, builtUp.latest().orElseThrow().value().getAsDouble(), 1e-9);
        assertEquals(byCode.get("zl2-04").status(), builtUp.status(), "green screen = plan screen");
        assertTrue(bulletin.contains(ReportPdfText.squeeze("建成区绿化覆盖率%39.140.2")), "bulletin green chapter");
    }
}
