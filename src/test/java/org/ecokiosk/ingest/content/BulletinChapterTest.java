package org.ecokiosk.ingest.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.model.ContentPage;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.PageKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The officer's bulletin chapters: Markdown like pages, with the year and chapter named twice and agreeing. */
class BulletinChapterTest {

    private static Optional<ContentPage> read(Path dir, String name, String text, Problems problems) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return MarkdownPages.read(file, PageKind.BULLETIN, Set.of(), org.ecokiosk.model.DistrictZone.today(), problems);
    }

    @Test
    void aChapterOfTheYearIsReadWithItsYearAndDefaultTitle(@TempDir Path dir) throws IOException {
        Problems problems = new Problems();
        ContentPage page = read(dir, "2025-measures.md", "---\nyear: 2025\nchapter: measures\n---\n## 大气\n\n- 扬尘管控。\n",
                problems).orElseThrow();
        assertTrue(problems.list().isEmpty(), problems.list().toString());
        assertEquals("2025-measures", page.slug());
        assertEquals("主要措施", page.title().zh());
        assertEquals(LocalDate.of(2025, 1, 1), page.publishFrom());
        assertEquals(DataOrigin.PLAN, page.origin());
        assertTrue(page.markdown().zh().contains("扬尘管控"));
    }

    @Test
    void aYearThatDisagreesWithTheFileNameIsRefusedNamingBoth(@TempDir Path dir) throws IOException {
        Problems problems = new Problems();
        Optional<ContentPage> page = read(dir, "2025-overview.md", "---\nyear: 2024\nchapter: overview\n---\n正文。\n",
                problems);
        assertTrue(page.isEmpty());
        Problem p = problems.list().get(0);
        assertEquals("year", p.field());
        assertEquals(2, p.line());
        assertTrue(p.messageZh().contains("2024") && p.messageZh().contains("2025"), p.messageZh());
    }

    @Test
    void htmlIsRefusedWithFileAndLine(@TempDir Path dir) throws IOException {
        Problems problems = new Problems();
        Optional<ContentPage> page = read(dir, "2025-overview.md",
                "---\nyear: 2025\nchapter: overview\n---\n第一段。\n\n<script>alert(1)</script>\n", problems);
        assertTrue(page.isEmpty());
        Problem p = problems.list().get(0);
        assertEquals("html", p.field());
        assertEquals(7, p.line());
        assertTrue(p.file().endsWith("2025-overview.md"));
    }

    @Test
    void aBadNameOrChapterOrAPageKeyIsRefused(@TempDir Path dir) throws IOException {
        Problems problems = new Problems();
        assertTrue(read(dir, "overview.md", "---\nyear: 2025\nchapter: overview\n---\n正文。\n", problems).isEmpty());
        assertEquals("file name", problems.list().get(0).field());
        Problems wrongChapter = new Problems();
        assertTrue(read(dir, "2025-overview.md", "---\nyear: 2025\nchapter: measures\n---\n正文。\n", wrongChapter)
                .isEmpty());
        assertEquals("chapter", wrongChapter.list().get(0).field());
        Problems pageKey = new Problems();
        assertTrue(read(dir, "2025-overview.md", "---\nyear: 2025\nchapter: overview\npublish_from: 2025-01-01\n---\n正文。\n",
                pageKey).isEmpty());
        assertEquals("publish_from", pageKey.list().get(0).field());
    }
}
