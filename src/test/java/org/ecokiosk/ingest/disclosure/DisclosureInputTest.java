package org.ecokiosk.ingest.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an officer gets wrong in the disclosure input, and what the report command says. */
class DisclosureInputTest {
    private static final Path SAMPLE_CSV = Path.of("src", "test", "resources", "disclosure", "2025.csv");

    private static Path copy(Path dir, String csvName, String mdName) throws Exception {
        Path csv = dir.resolve(csvName);
        Files.copy(SAMPLE_CSV, csv);
        Files.copy(DisclosureFiles.textBeside(SAMPLE_CSV), dir.resolve(mdName));
        return csv;
    }

    private static List<Problem> problems(Path csv, int year) {
        return assertThrows(ImportFailedException.class, () -> DisclosureFiles.read(csv, year)).problems();
    }

    @Test
    void theSampleReadsForItsOwnYear(@TempDir Path dir) throws Exception {
        assertEquals(2025, DisclosureFiles.read(copy(dir, "2025.csv", "2025.md"), 2025).figures().year());
    }

    @Test
    void aFileNamedForAnotherYearIsRefusedNamingBothYears(@TempDir Path dir) throws Exception {
        List<Problem> p = problems(copy(dir, "2025.csv", "2025.md"), 2024);
        assertTrue(p.stream().anyMatch(x -> x.file().endsWith("2025.csv") && x.messageZh().contains("2025")
                && x.messageZh().contains("2024")), p.toString());
    }

    @Test
    void aTextWhoseTitleOrFrontMatterNamesAnotherYearIsRefused(@TempDir Path dir) throws Exception {
        Path csv = copy(dir, "figures.csv", "figures.md");
        Path md = dir.resolve("figures.md");
        List<Problem> p = problems(csv, 2024);
        assertTrue(p.stream().anyMatch(x -> x.file().endsWith("figures.md") && x.line() > 0
                && x.messageEn().contains("2025") && x.messageEn().contains("2024")), p.toString());

        String text = Files.readString(md, StandardCharsets.UTF_8).replace("sample: true", "sample: true\nyear: 2023");
        Files.writeString(md, text, StandardCharsets.UTF_8);
        List<Problem> q = problems(csv, 2025);
        assertTrue(q.stream().anyMatch(x -> x.field().equals("year") && x.line() == 4), q.toString());
    }

    @Test
    void aCsvLineForAnotherYearIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("figures.csv");
        List<String> lines = Files.readAllLines(SAMPLE_CSV, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(lines.get(0) + ",年度\n");
        for (int i = 1; i < lines.size(); i++) {
            out.append(lines.get(i)).append(i == 5 ? ",2024" : ",2025").append('\n');
        }
        Files.writeString(csv, out, StandardCharsets.UTF_8);
        Files.copy(DisclosureFiles.textBeside(SAMPLE_CSV), dir.resolve("figures.md"));
        List<Problem> p = problems(csv, 2025);
        assertTrue(p.stream().anyMatch(x -> x.line() == 6 && x.field().equals("year")), p.toString());
    }

    @Test
    void htmlInTheTextIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        Path csv = copy(dir, "2025.csv", "2025.md");
        Path md = dir.resolve("2025.md");
        List<String> lines = Files.readAllLines(md, StandardCharsets.UTF_8);
        int at = lines.size();
        lines.add("");
        lines.add("本年度还开展了<script>alert(1)</script>宣传活动。");
        Files.write(md, lines, StandardCharsets.UTF_8);
        List<Problem> p = problems(csv, 2025);
        assertTrue(p.stream().anyMatch(x -> x.field().equals("html") && x.line() == at + 2), p.toString());

        lines.add("");
        lines.add("<div>一段 HTML</div>");
        Files.write(md, lines, StandardCharsets.UTF_8);
        List<Problem> q = problems(csv, 2025);
        assertEquals(2, q.stream().filter(x -> x.field().equals("html")).count(), q.toString());
    }

    @Test
    void aBadValueIsReportedOnceNotAlsoAsAMissingCell(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("2025.csv");
        String text = Files.readString(SAMPLE_CSV, StandardCharsets.UTF_8)
                .replaceFirst("二,行政许可,本年处理决定数量,126", "二,行政许可,本年处理决定数量,一百");
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        Files.copy(DisclosureFiles.textBeside(SAMPLE_CSV), dir.resolve("2025.md"));
        List<Problem> p = problems(csv, 2025);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).line() > 1 && p.get(0).messageZh().contains("一百"), p.toString());
    }
}
