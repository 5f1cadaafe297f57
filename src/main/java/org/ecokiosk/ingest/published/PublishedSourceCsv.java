package org.ecokiosk.ingest.published;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.ecokiosk.ingest.Cells;
import org.ecokiosk.ingest.CsvTable;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.PublishedDocument;

/**
 * {@code NAME.source.csv}: the one document the figures of {@code NAME.csv} were published in —
 * {@code year,title_zh,title_en,publisher,published_on,url}, exactly one row.
 */
final class PublishedSourceCsv {
    static final List<String> REQUIRED = List.of("year", "title_zh", "publisher", "published_on", "url");
    static final List<String> OPTIONAL = List.of("title_en");
    static final Map<String, String> ALIASES = Map.of("年份", "year", "标题", "title_zh", "发布机关", "publisher",
            "发布日期", "published_on", "网址", "url");
    private static final String SUFFIX = ".source.csv";

    /** The year the figures describe and the document they were published in. */
    record Source(int year, PublishedDocument document) {
    }

    private PublishedSourceCsv() {
    }

    static boolean isSourceFile(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SUFFIX);
    }

    /** {@code shapingba-2022.csv} → {@code shapingba-2022.source.csv} beside it. */
    static Path sourceOf(Path figures) {
        String name = figures.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return figures.resolveSibling(base + SUFFIX);
    }

    static Optional<Source> read(Path file, LocalDate today, Problems problems) {
        Optional<CsvTable> table = CsvTable.read(file, REQUIRED, OPTIONAL, ALIASES, problems);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        List<CsvTable.Row> rows = table.get().rows();
        if (rows.size() != 1) {
            problems.add(Problem.ofFile(file.toString(), "来源说明应恰好有一行（一个文件），这里有 " + rows.size() + " 行",
                    "the source must have exactly one row (one document), not " + rows.size()));
            return Optional.empty();
        }
        Cells cells = new Cells(rows.get(0), problems);
        OptionalInt year = cells.integer("year", org.ecokiosk.ingest.ContentRules.FIRST_YEAR, today.getYear());
        Optional<String> title = cells.required("title_zh");
        Optional<String> publisher = cells.required("publisher");
        Optional<LocalDate> publishedOn = cells.date("published_on");
        Optional<String> url = cells.required("url");
        if (year.isEmpty() || title.isEmpty() || publisher.isEmpty() || publishedOn.isEmpty() || url.isEmpty()) {
            return Optional.empty();
        }
        PublishedDocument document = new PublishedDocument(LocalizedText.of(title.get().strip(),
                cells.text("title_en").strip()), publisher.get().strip(), publishedOn.get(), url.get().strip());
        if (!cells.obey(org.ecokiosk.ingest.ContentRules.publishedDocument(document, year.getAsInt(), today))) {
            return Optional.empty();
        }
        return Optional.of(new Source(year.getAsInt(), document));
    }
}
