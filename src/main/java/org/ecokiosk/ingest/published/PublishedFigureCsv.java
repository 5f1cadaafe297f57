package org.ecokiosk.ingest.published;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ecokiosk.ingest.Cells;
import org.ecokiosk.ingest.Excerpt;
import org.ecokiosk.ingest.ContentRules;
import org.ecokiosk.ingest.CsvTable;
import org.ecokiosk.ingest.Numbers;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.ingest.RowClaims;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.model.PublishedDocument;
import org.ecokiosk.model.PublishedFigure;
import org.ecokiosk.standards.water.WaterClass;

/**
 * {@code topic,item,value,unit,note}: figures as a published document prints them, e.g.
 * {@code air,优良天数,303,天,占全年 83.0%}. The document is named by {@code NAME.source.csv} beside
 * {@code NAME.csv} ({@link PublishedSourceCsv}): a published figure without its document would be
 * a figure nobody can check. A value in 类 must be a water class (II, Ⅳ, 劣V); any other value a
 * number (full-width digits are undone).
 */
public final class PublishedFigureCsv {
    public static final List<String> REQUIRED = List.of("topic", "item", "value");
    public static final List<String> OPTIONAL = List.of("unit", "note");
    public static final Map<String, String> ALIASES = Map.of("类别", "topic", "主题", "topic", "项目", "item",
            "数值", "value", "单位", "unit", "备注", "note", "说明", "note");
    static final String CLASS_UNIT = "类";

    private PublishedFigureCsv() {
    }

    /** The figure files among {@code files} with their documents; a named .source.csv is taken as the document. */
    public static List<PublishedFigure> readAll(List<Path> files, LocalDate today, RowClaims claims, Problems problems) {
        List<PublishedFigure> all = new ArrayList<>();
        for (Path f : files) {
            if (!PublishedSourceCsv.isSourceFile(f)) {
                all.addAll(read(f, today, claims, problems));
            }
        }
        return all;
    }

    /** Every {@code *.csv} of a content folder (content/data/published/), each with its document. */
    public static List<PublishedFigure> readFolder(Path dir, LocalDate today, Problems problems) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var list = Files.list(dir)) {
            List<Path> files = list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted().toList();
            return readAll(files, today, new RowClaims(), problems);
        } catch (java.io.IOException e) {
            problems.add(Problem.ofFile(dir.toString(), "无法读取这个文件夹", "cannot read this folder: " + e.getMessage()));
            return List.of();
        }
    }

    public static List<PublishedFigure> read(Path file, LocalDate today, RowClaims claims, Problems problems) {
        Path sourceFile = PublishedSourceCsv.sourceOf(file);
        if (!Files.isRegularFile(sourceFile)) {
            problems.add(Problem.ofFile(file.toString(), "缺少文件来源说明 " + sourceFile.getFileName()
                    + "（一行：year,title_zh,title_en,publisher,published_on,url），公开发布的数值必须注明出处",
                    "the document is not named: " + sourceFile.getFileName()
                            + " (one row: year,title_zh,title_en,publisher,published_on,url) must be beside it"));
            return List.of();
        }
        Optional<PublishedSourceCsv.Source> source = PublishedSourceCsv.read(sourceFile, today, problems);
        Optional<CsvTable> table = CsvTable.read(file, REQUIRED, OPTIONAL, ALIASES, problems);
        if (source.isEmpty() || table.isEmpty()) {
            return List.of();
        }
        int year = source.get().year();
        PublishedDocument document = source.get().document();
        List<PublishedFigure> figures = new ArrayList<>();
        for (CsvTable.Row row : table.get().rows()) {
            Cells cells = new Cells(row, problems);
            Optional<String> topic = cells.required("topic");
            Optional<String> item = cells.required("item");
            Optional<String> raw = cells.required("value");
            String unit = cells.text("unit").strip();
            if (topic.isEmpty() || item.isEmpty() || raw.isEmpty()) {
                continue;
            }
            Optional<PlanFigure> value = value(cells, raw.get(), unit);
            if (value.isEmpty()) {
                continue;
            }
            if (!claims.claim("published|" + year + "|" + topic.get() + "|" + item.get(), cells, "item",
                    year + " " + topic.get() + " " + item.get())) {
                continue;
            }
            PublishedFigure figure = new PublishedFigure(year, topic.get().strip(), item.get().strip(), value.get(), unit,
                    cells.text("note").strip(), document);
            if (cells.obey(ContentRules.publishedFigureCells(figure, today))) {
                figures.add(figure);
            }
        }
        return figures;
    }

    private static Optional<PlanFigure> value(Cells cells, String raw, String unit) {
        if (CLASS_UNIT.equals(unit)) {
            Optional<WaterClass> c = WaterClass.parse(raw.strip());
            if (c.isEmpty()) {
                cells.fail("value", "单位为“类”时数值应为水质类别（I–V 或 劣V），不是“" + Excerpt.of(raw) + "”",
                        "with unit 类 the value must be a water class (I–V or 劣V), not '" + Excerpt.of(raw) + "'");
                return Optional.empty();
            }
            return Optional.of(new PlanFigure(Optional.empty(), c.get().ascii()));
        }
        PlanFigure number = PlanFigure.parse(Numbers.normalise(raw));
        if (!number.isNumber()) {
            cells.fail("value", "“" + Excerpt.of(raw) + "”不是数字（水质类别请把单位写成“类”）",
                    "'" + Excerpt.of(raw) + "' is not a number (for a water class write the unit 类)");
            return Optional.empty();
        }
        return Optional.of(number);
    }
}
