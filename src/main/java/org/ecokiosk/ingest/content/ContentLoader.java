package org.ecokiosk.ingest.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.model.ContentImage;
import org.ecokiosk.model.ContentPage;
import org.ecokiosk.model.Facility;
import org.ecokiosk.model.PageKind;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.snapshot.SnapshotContent;

/**
 * Reads the whole content/ folder staff edit into snapshot records, or fails with every
 * problem found. indicators.csv is required; every other file may be absent, including the
 * optional monitoring tables water_samples.csv, noise_readings.csv and green_metrics.csv
 * (the layouts of docs/IMPORT-LAYOUTS.md).
 */
public final class ContentLoader {
    private static final long MAX_IMAGE_BYTES = 8L * 1024 * 1024;

    private ContentLoader() {
    }

    /** {@link #load(Path, java.time.LocalDate)} as of today in the district. */
    public static SnapshotContent load(Path contentDir) throws ImportFailedException {
        return load(contentDir, org.ecokiosk.model.DistrictZone.today());
    }

    /** The content folder, its dates judged as of {@code today} (from the configured clock: nothing is dated after it). */
    public static SnapshotContent load(Path contentDir, java.time.LocalDate today) throws ImportFailedException {
        Problems problems = new Problems();
        if (!Files.isDirectory(contentDir)) {
            problems.add(Problem.ofFile(contentDir.toString(), "找不到内容文件夹", "the content folder does not exist"));
            problems.throwIfAny();
        }
        Path data = contentDir.resolve("data");
        List<PlanIndicator> indicators = IndicatorCsv.read(data.resolve("indicators.csv"), problems);
        Set<String> indicatorCodes = indicators.stream().map(PlanIndicator::code).collect(Collectors.toSet());
        List<ContentImage> images = readImages(contentDir.resolve("images"), problems);
        Set<String> imageNames = images.stream().map(ContentImage::name).collect(Collectors.toSet());
        SnapshotContent.Builder content = SnapshotContent.builder().indicators(indicators).images(images);

        Path values = data.resolve("indicator_values.csv");
        if (Files.exists(values)) {
            content.indicatorValues(IndicatorValueCsv.read(values, indicatorCodes, problems));
        }
        Path sections = data.resolve("water_sections.csv");
        List<org.ecokiosk.model.WaterSection> waterSections =
                Files.exists(sections) ? WaterSectionCsv.read(sections, problems) : List.of();
        content.waterSections(waterSections);
        // monitoring tables staff may keep in content/ instead of importing them (same layouts as import)
        Path samples = data.resolve("water_samples.csv");
        if (Files.exists(samples)) {
            content.waterSamples(WaterSampleCsv.read(samples, waterSections, today, problems));
        }
        Path noise = data.resolve("noise_readings.csv");
        if (Files.exists(noise)) {
            content.noiseReadings(NoiseReadingCsv.read(noise, today.getYear(), problems));
        }
        Path green = data.resolve("green_metrics.csv");
        if (Files.exists(green)) {
            content.greenMetrics(GreenMetricCsv.read(green, java.util.Map.of(), today.getYear(), problems));
        }
        // figures the district published (its bulletins), each CSV with the .source.csv naming its document
        content.publishedFigures(org.ecokiosk.ingest.published.PublishedFigureCsv.readFolder(data.resolve("published"),
                today, problems));
        Path towns = data.resolve("towns.csv");
        if (Files.exists(towns)) {
            content.ecoTowns(TownCsv.read(towns, today, new org.ecokiosk.ingest.RowClaims(), problems));
        }
        Path facilitiesFile = data.resolve("facilities.csv");
        List<Facility> facilities = Files.exists(facilitiesFile) ? FacilityCsv.read(facilitiesFile, Optional.of(imageNames), problems) : List.of();
        content.facilities(facilities);
        Path openDays = data.resolve("open_days.csv");
        if (Files.exists(openDays)) {
            Set<String> facilityCodes = facilities.stream().map(Facility::code).collect(Collectors.toSet());
            content.openDays(OpenDayCsv.read(openDays, facilityCodes, today, new org.ecokiosk.ingest.RowClaims(),
                    problems));
        }
        List<ContentPage> pages = new ArrayList<>();
        for (PageKind kind : PageKind.values()) {
            pages.addAll(MarkdownPages.readFolder(contentDir.resolve(kind.folder()), kind, imageNames, today, problems));
        }
        content.pages(pages);
        problems.throwIfAny();
        return content.build();
    }

    private static List<ContentImage> readImages(Path dir, Problems problems) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<ContentImage> images = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String type = mediaType(name);
                if (name.startsWith(".") || name.equalsIgnoreCase("README.md")) {
                    continue;
                }
                if (type.isEmpty()) {
                    problems.add(Problem.ofFile(file.toString(), "不支持的图片格式，只接受 PNG 和 JPEG",
                            "unsupported image type; use PNG or JPEG (SVG can carry scripts)"));
                    continue;
                }
                long size = Files.size(file);
                if (size > MAX_IMAGE_BYTES) {
                    problems.add(Problem.ofFile(file.toString(), "图片太大（超过 8 MB），请压缩后再放入",
                            "image is larger than 8 MB; please shrink it"));
                    continue;
                }
                images.add(new ContentImage(name, type, Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            problems.add(Problem.ofFile(dir.toString(), "无法读取图片：" + e.getMessage(), "cannot read images: " + e.getMessage()));
        }
        return images;
    }

    private static String mediaType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        return "";
    }
}
