package org.ecokiosk.ingest.published;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.evaluation.YearFigure;
import org.ecokiosk.evaluation.plan.FigureSeries;
import org.ecokiosk.evaluation.plan.PlanData;
import org.ecokiosk.evaluation.plan.PlanSeries;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.imports.ImportKind;
import org.ecokiosk.ingest.imports.ImportCandidate;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.PublishedFigure;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The district's published 2022 bulletin figures imported as real data: stored with their
 * document, origin published, winning their year over sample and plan figures, yielding to
 * imported monitoring; a bad row is named by file, line and field and changes nothing.
 */
class PublishedImportTest {
    private static final String SOURCE = "year,title_zh,title_en,publisher,published_on,url\n"
            + "2022,《2022年沙坪坝区环境状况公报》,Bulletin 2022,重庆市沙坪坝区人民政府,2023-07-20,"
            + "https://www.cqspb.gov.cn/sj_235/hjjc/202307/t20230720_12169300.html\n";

    @TempDir
    Path dir;
    ImportCandidate candidate;
    Path snapshot;

    @BeforeEach
    void base() throws Exception {
        candidate = ImportCandidate.in(dir);
        snapshot = candidate.snapshot();
    }

    private Path copyOfDistrictFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("published"));
        for (String name : List.of("shapingba-2022.csv", "shapingba-2022.source.csv")) {
            Files.copy(Fixtures.content("../published/" + name), folder.resolve(name));
        }
        return folder.resolve("shapingba-2022.csv");
    }

    private void importFiles(Path... files) throws Exception {
        candidate.imported(ImportKind.PUBLISHED, files);
    }

    private List<Problem> refused(Path... files) throws Exception {
        return candidate.refused(ImportKind.PUBLISHED, files);
    }

    private PlanSeries series() throws Exception {
        try (SnapshotReader r = SnapshotReader.open(snapshot)) {
            return new PlanSeries(new PlanData(r.indicators(), r.indicatorValues(), r.greenMetrics(), r.waterSections(),
                    r.waterSamples(), r.noiseReadings(), List.of(), List.of(), r.publishedFigures()));
        }
    }

    private static Optional<YearFigure> of(List<YearFigure> series, int year) {
        return series.stream().filter(f -> f.year() == year).findFirst();
    }

    @Test
    void theDistrictsBulletinIsStoredWithItsDocument() throws Exception {
        importFiles(copyOfDistrictFile());
        try (SnapshotReader r = SnapshotReader.open(snapshot)) {
            List<PublishedFigure> all = r.publishedFigures();
            assertEquals(16, all.size());
            PublishedFigure good = all.stream().filter(f -> f.key().equals("air|优良天数")).findFirst().orElseThrow();
            assertEquals(2022, good.year());
            assertEquals("303", good.value().display());
            assertEquals("《2022年沙坪坝区环境状况公报》", good.document().title().zh());
            assertEquals("2023-07-20", good.document().publishedOn().toString());
            PublishedFigure jialing = all.stream().filter(f -> f.item().startsWith("嘉陵江")).findFirst().orElseThrow();
            assertEquals("II", jialing.value().display());
        }
    }

    @Test
    void aPublishedFigureWinsItsYearOverSampleAndPlanButNotOtherYears() throws Exception {
        importFiles(copyOfDistrictFile());
        PlanSeries series = series();
        List<YearFigure> noise = series.of(FigureSeries.NOISE_REGIONAL);
        YearFigure y2022 = of(noise, 2022).orElseThrow();
        assertEquals(DataOrigin.PUBLISHED, y2022.origin());
        assertEquals("52.8", y2022.value().display());
        assertEquals("《2022年沙坪坝区环境状况公报》", y2022.document().orElseThrow().title().zh());
        // the sample survey of other years stays (a published figure wins its own year only)
        assertEquals(DataOrigin.SAMPLE, of(noise, 2023).orElseThrow().origin());
        YearFigure jialing = of(series.of(FigureSeries.JIALING_CLASS), 2022).orElseThrow();
        assertEquals(DataOrigin.PUBLISHED, jialing.origin());
        assertEquals("II", jialing.value().display());
        assertEquals("100", of(series.of(FigureSeries.DRINKING_WATER), 2022).orElseThrow().value().display());
    }

    @Test
    void importedMonitoringOfTheSameYearWins() throws Exception {
        importFiles(copyOfDistrictFile());
        Path noise = dir.resolve("noise.csv");
        Files.writeString(noise, "kind,zone,site,year,period,leq\nregional,,r1,2022,day,54.1\n");
        candidate.imported(ImportKind.NOISE, noise);
        YearFigure y2022 = of(series().of(FigureSeries.NOISE_REGIONAL), 2022).orElseThrow();
        assertEquals(DataOrigin.IMPORTED, y2022.origin());
        assertEquals("54.1", y2022.value().display());
    }

    @Test
    void aFigureWithoutItsDocumentIsRefused() throws Exception {
        Path f = dir.resolve("lonely.csv");
        Files.writeString(f, "topic,item,value,unit,note\nair,优良天数,303,天,\n");
        List<Problem> problems = refused(f);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).messageEn().contains("lonely.source.csv"), problems.get(0).describe());
    }

    @Test
    void badCellsAreNamedByFileLineAndField() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(dir.resolve("bad.source.csv"), SOURCE);
        Files.writeString(f, "topic,item,value,unit,note\nair,优良天数,三百,天,\nwater,嘉陵江水质类别,VII,类,\n"
                + "air,优良天数,303,天,\n");
        List<Problem> problems = refused(f);
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(f.toString(), problems.get(0).file());
        assertEquals(2, problems.get(0).line());
        assertEquals("value", problems.get(0).field());
        assertEquals(3, problems.get(1).line());
        assertEquals("value", problems.get(1).field());
        problems.forEach(p -> assertFalse(p.describe().contains("SQL"), p.describe()));
    }

    @Test
    void aDocumentWithoutAnHttpsAddressOrFromTheFutureIsRefused() throws Exception {
        Path f = dir.resolve("x.csv");
        Files.writeString(f, "topic,item,value,unit,note\nair,优良天数,303,天,\n");
        Files.writeString(dir.resolve("x.source.csv"), SOURCE.replace("https://", "http://").replace("2023-07-20", "2027-01-01"));
        List<Problem> problems = refused(f);
        assertTrue(problems.stream().anyMatch(p -> p.field().equals("url") && p.line() == 2), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.field().equals("published_on")), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.file().endsWith("x.source.csv")), problems.toString());
    }

    @Test
    void aRowRepeatedIsNamedAtBothPlaces() throws Exception {
        Path f = dir.resolve("twice.csv");
        Files.writeString(dir.resolve("twice.source.csv"), SOURCE);
        Files.writeString(f, "topic,item,value,unit,note\nair,优良天数,303,天,\nair,优良天数,303,天,\n");
        List<Problem> problems = refused(f);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(3, problems.get(0).line());
    }
}
