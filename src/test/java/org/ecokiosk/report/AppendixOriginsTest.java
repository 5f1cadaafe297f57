package org.ecokiosk.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.report.pdf.CellLines;
import org.ecokiosk.snapshot.SnapshotReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sources appendix of the bulletins built from the bundled content (the district's published
 * 2022 figures beside sample monitoring), read off the rendered pages: a figure's origin
 * (监测数据 / 公开发布 / 规划 / 示例数据) is never broken inside the word in its narrow column — a cell
 * line ending with the word's first part above a line, at the same left edge, that starts with the
 * rest. "公开 / 发布" was printed so until the origins were listed one a line.
 */
class AppendixOriginsTest {
    private static final List<String> ORIGINS = List.of("监测数据", "公开发布", "规划", "示例数据");
    /** Characters of the widest cell line (a body line holds about 45). */
    private static final int MAX_CELL_LINE = 30;
    @TempDir
    static Path dir;
    private static final Map<Integer, byte[]> BULLETINS = new LinkedHashMap<>();

    @BeforeAll
    static void build() throws Exception {
        Path snapshot = dir.resolve("bundled.sqlite");
        SnapshotBuilds.fromContent(Path.of("content"), snapshot, Instant.parse("2026-11-01T00:00:00Z"));
        try (SnapshotReader reader = SnapshotReader.open(snapshot)) {
            for (int year : List.of(2025, 2026)) {
                BULLETINS.put(year, ReportBuilder.render(ReportRequest.bulletin(year), reader));
            }
        }
    }

    @Test
    void anOriginIsNeverBrokenInsideTheWord() throws Exception {
        List<String> broken = new ArrayList<>();
        boolean published = false;
        for (Map.Entry<Integer, byte[]> bulletin : BULLETINS.entrySet()) {
            for (List<CellLines.Run> page : appendixPages(bulletin.getValue())) {
                for (CellLines.Run run : page) {
                    if (run.text().length() > MAX_CELL_LINE) {
                        continue; // a line of the note above the table: Chinese prose may wrap between any two characters
                    }
                    published |= run.text().equals("公开发布");
                    for (CellLines.Run below : page) {
                        if (Math.abs(below.x() - run.x()) < 1f && below.y() > run.y() && below.y() - run.y() < 20f) {
                            split(run.text(), below.text()).ifPresent(origin -> broken.add(bulletin.getKey()
                                    + ": " + origin + " as " + run.text() + " / " + below.text()));
                        }
                    }
                }
            }
        }
        assertTrue(broken.isEmpty(), "origins broken inside the word: " + broken);
        assertTrue(published, "the published 2022 figures are traced as 公开发布, a cell line of its own");
    }

    /** The origin a line ending with its first part and the line below starting with the rest would break. */
    private static java.util.Optional<String> split(String line, String below) {
        for (String origin : ORIGINS) {
            for (int k = 1; k < origin.length(); k++) {
                if (line.endsWith(origin.substring(0, k)) && below.startsWith(origin.substring(k))) {
                    return java.util.Optional.of(origin);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The cell lines of the pages from the appendix's heading on (the last heading of that name: not the contents). */
    private static List<List<CellLines.Run>> appendixPages(byte[] pdf) throws Exception {
        List<List<CellLines.Run>> pages = new ArrayList<>();
        int first = -1;
        for (int p = 1; p <= CellLines.pages(pdf); p++) {
            List<CellLines.Run> runs = CellLines.of(pdf, p);
            pages.add(runs);
            if (runs.stream().anyMatch(r -> r.text().endsWith("数据来源与方法"))) {
                first = p - 1;
            }
        }
        assertTrue(first >= 0, "the appendix heading");
        return pages.subList(first, pages.size());
    }
}
