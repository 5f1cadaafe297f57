package org.ecokiosk.ingest.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.TextFile;
import org.ecokiosk.snapshot.SnapshotContent;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
    @TempDir
    Path dir;

    @Test
    void theRepositoryContentLoads() throws Exception {
        SnapshotContent content = ContentLoader.load(Fixtures.content());
        assertFalse(content.indicators().isEmpty());
        assertFalse(content.waterSections().isEmpty());
        assertFalse(content.pages().isEmpty());
        assertTrue(content.pages().stream().allMatch(p -> !p.markdown().zh().contains("<!-- en -->")));
    }

    @Test
    void everyCsvProblemIsReportedWithLineColumnAndField() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        String header = String.join(",", IndicatorCsv.COLUMNS);
        Files.writeString(data.resolve("indicators.csv"), header + "\n"
                + "a,zl2,1,g,g,名称,n,%,binding,>=,false,2020,1,2025,2,,\n"
                + "\n"
                + "a,zl2,x,g,g,名称,n,%,sometimes,>=,false,2020,1,2025,完成市级下达目标,,\n");
        ImportFailedException e = assertThrows(ImportFailedException.class, () -> ContentLoader.load(dir));
        List<String> where = e.problems().stream().map(p -> p.line() + ":" + p.column() + ":" + p.field()).toList();
        // the blank line 3 counts: staff see line 4 in their editor
        assertTrue(where.contains("4:3:seq"), where.toString());
        assertTrue(where.contains("4:9:kind"), where.toString());
        assertTrue(where.contains("4:15:target"), where.toString());
        assertTrue(where.contains("4:1:code"), where.toString());
        for (Problem p : e.problems()) {
            assertFalse(p.messageZh().isBlank());
            assertFalse(p.messageEn().isBlank());
        }
    }

    @Test
    void gbkFilesAreReadAsChinese() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        String header = String.join(",", IndicatorCsv.COLUMNS);
        Files.write(data.resolve("indicators.csv"), (header + "\n"
                + "a,zl2,1,生态保护修复,g,森林覆盖率,n,%,binding,>=,false,2020,32.6,2025,30,,\n")
                .getBytes(TextFile.GBK));
        SnapshotContent content = ContentLoader.load(dir);
        assertEquals("森林覆盖率", content.indicators().get(0).name().zh());
    }

    @Test
    void htmlAndRemoteImagesInPagesAreRefusedOnTheirLine() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/indicators.csv"), String.join(",", IndicatorCsv.COLUMNS) + "\n");
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("p.md"), """
                ---
                title_zh: 标题
                publish_from: 2026-01-01
                ---
                第一段。

                <script>alert(1)</script>

                ![图](https://example.com/x.png)
                """, StandardCharsets.UTF_8);
        ImportFailedException e = assertThrows(ImportFailedException.class, () -> ContentLoader.load(dir));
        List<String> found = e.problems().stream().map(p -> p.line() + ":" + p.field()).toList();
        assertTrue(found.contains("7:html"), found.toString());
        assertTrue(found.contains("9:image"), found.toString());
    }

    @Test
    void anImpossibleDateIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/indicators.csv"), String.join(",", IndicatorCsv.COLUMNS) + "\n");
        Files.writeString(dir.resolve("data/facilities.csv"), String.join(",", FacilityCsv.COLUMNS) + "\n"
                + "f1,污水厂,plant,sewage,,,,,,,,true\n");
        Files.writeString(dir.resolve("data/open_days.csv"), String.join(",", OpenDayCsv.COLUMNS) + "\n"
                + "f1,2025/13/01,09:00,11:00,30,,,true\n"
                + "f2,2025-12-01,09:00,11:00,30,,,true\n");
        ImportFailedException e = assertThrows(ImportFailedException.class, () -> ContentLoader.load(dir));
        List<String> found = e.problems().stream().map(p -> p.line() + ":" + p.field()).toList();
        assertEquals(List.of("2:date", "3:facility_code"), found);
    }

    @Test
    void monitoringTablesKeptInContentAreRead() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("indicators.csv"), String.join(",", IndicatorCsv.COLUMNS) + "\n");
        Files.writeString(data.resolve("noise_readings.csv"), "kind,zone,site,year,period,leq\n"
                + "regional,,district,2024,day,52.8\n"
                + "traffic,,district,2024,day,-3\n");
        ImportFailedException e = assertThrows(ImportFailedException.class, () -> ContentLoader.load(dir));
        assertEquals(3, e.problems().get(0).line(), e.getMessage());
        Files.writeString(data.resolve("noise_readings.csv"), "kind,zone,site,year,period,leq\n"
                + "regional,,district,2024,day,52.8\n");
        assertEquals(1, ContentLoader.load(dir).noiseReadings().size());
    }
}
