package org.ecokiosk.ingest.sample;

import org.ecokiosk.ingest.Excerpt;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.model.GeoPoint;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.standards.water.WaterClass;

/**
 * content/data/sample-series.properties: whether the snapshot built from content/ carries the
 * sample series, with which seed, under which station, and the class each water section's
 * sample is drawn in (sections not listed use their plan target, else III). {@code station.lon} and
 * {@code station.lat} place the sample station on the air map (a sample position, like its data).
 */
record SampleSeriesSettings(boolean enabled, long seed, String stationCode, LocalizedText stationName,
                            Optional<GeoPoint> stationPosition, Map<String, WaterClass> waterClasses) {
    static final String FILE = "sample-series.properties";
    private static final String WATER_PREFIX = "water.class.";

    SampleSeriesSettings {
        waterClasses = Map.copyOf(waterClasses);
    }

    /** Empty when the file is absent (no sample series); problems for a malformed file. */
    static Optional<SampleSeriesSettings> read(Path dataDir, Problems problems) {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            problems.add(Problem.ofFile(file.toString(), "无法读取示例数据设置：" + e.getMessage(),
                    "cannot read the sample-series settings: " + e.getMessage()));
            return Optional.empty();
        }
        String name = file.toString();
        boolean enabled = switch (p.getProperty("enabled", "false").strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> {
                problems.add(new Problem(name, 0, 0, "enabled", "enabled 应为 true 或 false",
                        "enabled must be true or false"));
                yield false;
            }
        };
        long seed = 0;
        try {
            seed = Long.parseLong(p.getProperty("seed", "20210407").strip());
        } catch (NumberFormatException e) {
            problems.add(new Problem(name, 0, 0, "seed", "seed 应为整数", "seed must be a whole number"));
        }
        Map<String, WaterClass> classes = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(WATER_PREFIX)) {
                String value = p.getProperty(key);
                Optional<WaterClass> parsed = WaterClass.parse(value);
                if (parsed.isEmpty()) {
                    problems.add(new Problem(name, 0, 0, key, "“" + Excerpt.of(value) + "”不是水质类别（I–V、劣V）",
                            "'" + Excerpt.of(value) + "' is not a water class (I–V, 劣V)"));
                } else {
                    classes.put(key.substring(WATER_PREFIX.length()), parsed.get());
                }
            }
        }
        return Optional.of(new SampleSeriesSettings(enabled, seed, p.getProperty("station.code", "SPB-SAMPLE").strip(),
                LocalizedText.of(p.getProperty("station.name_zh", "沙坪坝（示例站点）").strip(),
                        p.getProperty("station.name_en", "Shapingba (sample station)").strip()),
                position(p, name, problems), classes));
    }

    /** station.lon and station.lat, both or neither; a malformed pair is a problem naming the key. */
    private static Optional<GeoPoint> position(Properties p, String file, Problems problems) {
        String lon = p.getProperty("station.lon", "").strip();
        String lat = p.getProperty("station.lat", "").strip();
        if (lon.isEmpty() && lat.isEmpty()) {
            return Optional.empty();
        }
        try {
            double x = Double.parseDouble(lon);
            double y = Double.parseDouble(lat);
            if (GeoPoint.valid(x, y)) {
                return Optional.of(new GeoPoint(x, y));
            }
        } catch (NumberFormatException e) {
            // reported below, with the key
        }
        problems.add(new Problem(file, 0, 0, "station.lon", "station.lon 和 station.lat 应同时给出经度（−180…180）和纬度（−90…90）",
                "station.lon and station.lat must both be given: a longitude (−180…180) and a latitude (−90…90)"));
        return Optional.empty();
    }
}
