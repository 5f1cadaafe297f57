package org.ecokiosk.ingest.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ecokiosk.ingest.CsvTable;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.ingest.RowClaims;
import org.ecokiosk.ingest.air.StationListCsv;
import org.ecokiosk.ingest.content.FacilityCsv;
import org.ecokiosk.ingest.content.GreenMetricCsv;
import org.ecokiosk.ingest.content.IndicatorCsv;
import org.ecokiosk.ingest.content.IndicatorValueCsv;
import org.ecokiosk.ingest.content.MarkdownPages;
import org.ecokiosk.ingest.content.NoiseReadingCsv;
import org.ecokiosk.ingest.content.OpenDayCsv;
import org.ecokiosk.ingest.content.TownCsv;
import org.ecokiosk.ingest.content.WaterSampleCsv;
import org.ecokiosk.ingest.content.WaterSectionCsv;
import org.ecokiosk.ingest.published.PublishedFigureCsv;
import org.ecokiosk.model.ContentImage;
import org.ecokiosk.model.ContentPage;
import org.ecokiosk.model.PageKind;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.model.WaterSection;
import org.ecokiosk.snapshot.SnapshotContent;

/** Reads the files of one kind into the records to add, checking them against the base snapshot. */
final class KindReaders {
    private KindReaders() {
    }

    static SnapshotContent read(ImportKind kind, List<Path> files, BaseFacts base, LocalDate today, Problems problems) {
        SnapshotContent.Builder b = SnapshotContent.builder();
        // one set of claimed keys for all the files: a row repeated in another file is found too
        RowClaims claims = new RowClaims();
        switch (kind) {
            case INDICATORS -> b.indicators(each(files, f -> IndicatorCsv.read(f, claims, problems)));
            case VALUES -> b.indicatorValues(each(files, f -> IndicatorValueCsv.readImport(f, base.indicatorCodes(),
                    base.planFigures(), claims, problems)));
            case WATER -> water(files, base, today, claims, problems, b);
            case NOISE -> b.noiseReadings(each(files, f -> NoiseReadingCsv.read(f, today, claims, problems)));
            case GREEN -> b.greenMetrics(each(files, f -> GreenMetricCsv.read(f, base.greenUnits(), today, claims,
                    problems)));
            case PUBLISHED -> b.publishedFigures(PublishedFigureCsv.readAll(files, today, claims, problems));
            case STATIONS -> b.stations(each(files, f -> StationListCsv.read(f, base.stations(), claims, problems)));
            case TOWNS -> b.ecoTowns(each(files, f -> TownCsv.read(f, today, claims, problems)));
            case FACILITIES -> b.facilities(each(files, f -> FacilityCsv.read(f, claims, problems)));
            case OPEN_DAYS -> b.openDays(each(files, f -> OpenDayCsv.read(f, base.facilityCodes(), today, claims,
                    problems)));
            case PAGES -> pages(PageKind.PAGE, files, base, today, problems, b);
            case NEWS -> pages(PageKind.NEWS, files, base, today, problems, b);
            case CAMPAIGN -> pages(PageKind.CAMPAIGN, files, base, today, problems, b);
            case BULLETIN -> pages(PageKind.BULLETIN, files, base, today, problems, b);
            default -> throw new IllegalStateException("no reader for " + kind);
        }
        return b.build();
    }

    private interface FileReader<T> {
        List<T> read(Path file);
    }

    private static <T> List<T> each(List<Path> files, FileReader<T> reader) {
        List<T> all = new ArrayList<>();
        for (Path f : files) {
            all.addAll(reader.read(f));
        }
        return all;
    }

    /**
     * Water files are samples, or sections (the water_sections.csv layout, told apart by its
     * header): samples may name a section that arrives in the same import.
     */
    private static void water(List<Path> files, BaseFacts base, LocalDate today, RowClaims claims, Problems problems,
                              SnapshotContent.Builder b) {
        List<Path> sectionFiles = new ArrayList<>();
        List<Path> sampleFiles = new ArrayList<>();
        for (Path f : files) {
            List<String> header = CsvTable.peekHeader(f, WaterSampleCsv.ALIASES);
            (header.contains("body") && header.contains("code") ? sectionFiles : sampleFiles).add(f);
        }
        List<WaterSection> imported = each(sectionFiles, f -> WaterSectionCsv.read(f, claims, problems));
        Map<String, WaterSection> sections = new LinkedHashMap<>();
        base.waterSections().forEach(s -> sections.put(s.code(), s));
        imported.forEach(s -> sections.put(s.code(), s));
        List<WaterSample> samples = each(sampleFiles, f -> WaterSampleCsv.read(f, List.copyOf(sections.values()),
                today, claims, problems));
        b.waterSections(imported).waterSamples(samples);
    }

    private static void pages(PageKind kind, List<Path> files, BaseFacts base, LocalDate today, Problems problems,
                              SnapshotContent.Builder b) {
        List<ContentImage> images = new ArrayList<>();
        List<Path> markdown = new ArrayList<>();
        java.util.Map<String, Path> names = new java.util.HashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path earlier = names.putIfAbsent(name.toLowerCase(Locale.ROOT), f);
            if (earlier != null) {
                problems.add(Problem.ofFile(f.toString(), "与 " + earlier + " 同名：同名的文章或图片只能导入一个",
                        "has the same name as " + earlier + ": only one page or image of a name can be imported"));
                continue;
            }
            if (ImageFiles.isImage(f)) {
                ImageFiles.read(f, problems).ifPresent(images::add);
            } else if (f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
                markdown.add(f);
            } else {
                problems.add(Problem.ofFile(f.toString(), "只能导入 Markdown（.md）文章和 PNG/JPEG 图片",
                        "only Markdown (.md) pages and PNG/JPEG images can be imported"));
            }
        }
        Set<String> imageNames = new HashSet<>(base.imageNames());
        images.forEach(i -> imageNames.add(i.name()));
        List<ContentPage> pages = new ArrayList<>();
        for (Path f : markdown) {
            MarkdownPages.read(f, kind, imageNames, today, problems).ifPresent(pages::add);
        }
        b.pages(pages).images(images);
    }
}
