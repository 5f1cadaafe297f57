package org.ecokiosk.ingest.content;

import org.ecokiosk.ingest.Excerpt;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecokiosk.ingest.Cells;
import org.ecokiosk.ingest.ContentRules;
import org.ecokiosk.ingest.RowClaims;
import org.ecokiosk.ingest.CsvTable;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.WaterBody;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.model.WaterSection;
import org.ecokiosk.standards.water.WaterAssessment;
import org.ecokiosk.standards.water.WaterBodyType;
import org.ecokiosk.standards.water.WaterClass;
import org.ecokiosk.standards.water.WaterClassifier;
import org.ecokiosk.standards.water.WaterParameter;

/**
 * Water samples as the monitoring station exports them: {@code section,date}, any of
 * {@code do,codmn,cod,bod5,nh3n,tp} in mg/L, and optionally the {@code class} the station
 * published, which must agree with the class GB 3838-2002 gives for the figures.
 */
public final class WaterSampleCsv {
    public static final List<String> REQUIRED = List.of("section", "date");
    /** Column → GB 3838 parameter, in the order the station's table prints them. */
    public static final Map<String, WaterParameter> PARAMETERS = parameters();
    public static final List<String> OPTIONAL = optional();
    public static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("断面", "section"), Map.entry("断面名称", "section"), Map.entry("断面编号", "section"),
            Map.entry("日期", "date"), Map.entry("采样日期", "date"), Map.entry("监测日期", "date"),
            Map.entry("溶解氧", "do"), Map.entry("高锰酸盐指数", "codmn"), Map.entry("化学需氧量", "cod"),
            Map.entry("五日生化需氧量", "bod5"), Map.entry("氨氮", "nh3n"), Map.entry("NH3-N", "nh3n"),
            Map.entry("nh3-n", "nh3n"), Map.entry("总磷", "tp"), Map.entry("水质类别", "class"),
            Map.entry("类别", "class"), Map.entry("示例", "sample"));
    /** Highest plausible value per column, mg/L: far above any 劣V river, far below the same figure in µg/L. */
    public static final Map<String, Double> MAXIMUM = org.ecokiosk.ingest.ContentRules.WATER_MAXIMUM;
    private static final Set<String> MILLIGRAMS = Set.of("mg/l", "毫克/升", "mg/升");

    private WaterSampleCsv() {
    }

    private static Map<String, WaterParameter> parameters() {
        Map<String, WaterParameter> m = new LinkedHashMap<>();
        m.put("do", WaterParameter.DO);
        m.put("codmn", WaterParameter.CODMN);
        m.put("cod", WaterParameter.COD);
        m.put("bod5", WaterParameter.BOD5);
        m.put("nh3n", WaterParameter.NH3_N);
        m.put("tp", WaterParameter.TP);
        return java.util.Collections.unmodifiableMap(m);
    }

    private static List<String> optional() {
        List<String> o = new ArrayList<>(PARAMETERS.keySet());
        o.add("class");
        o.add("sample");
        return List.copyOf(o);
    }

    /**
     * Reads samples whose section is one of {@code sections} (by code, or by its Chinese name as
     * station exports write it). Samples dated after {@code today} are refused as typing mistakes.
     */
    public static List<WaterSample> read(Path file, List<WaterSection> sections, LocalDate today, Problems problems) {
        return read(file, sections, today, new RowClaims(), problems);
    }

    /** {@code claims} spans every file of the import: a sample in two files is reported with both places. */
    public static List<WaterSample> read(Path file, List<WaterSection> sections, LocalDate today, RowClaims claims,
                                         Problems problems) {
        Optional<CsvTable> read = CsvTable.read(file, REQUIRED, OPTIONAL, ALIASES, problems);
        if (read.isEmpty()) {
            return List.of();
        }
        CsvTable table = read.get();
        if (!unitsAndColumnsOk(table, problems)) {
            return List.of();
        }
        Map<String, WaterSection> byKey = new LinkedHashMap<>();
        sections.forEach(s -> byKey.put(s.code(), s));
        sections.forEach(s -> byKey.putIfAbsent(s.name().zh(), s));
        List<WaterSample> samples = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Cells cells = new Cells(row, problems);
            Optional<String> sectionText = cells.required("section");
            Optional<LocalDate> date = cells.date("date");
            Optional<WaterSection> section = sectionText.map(byKey::get);
            if (sectionText.isPresent() && section.isEmpty()) {
                cells.fail("section", "断面“" + Excerpt.of(sectionText.get()) + "”不在快照中，也不在本次导入的断面表中；已有断面："
                        + known(sections), "section '" + Excerpt.of(sectionText.get())
                        + "' is neither in the snapshot nor in a sections file of this import; known: " + known(sections));
            }
            if (date.isPresent() && date.get().isAfter(today)) {
                cells.fail("date", "采样日期 " + date.get() + " 在今天之后，请检查年份",
                        "the sampling date " + date.get() + " is in the future; check the year");
                date = Optional.empty();
            }
            Optional<Map<String, Double>> values = measurements(table, cells);
            Optional<Optional<WaterClass>> reported = reportedClass(cells);
            Optional<Boolean> sample = cells.bool("sample", false);
            if (section.isEmpty() || date.isEmpty() || values.isEmpty() || reported.isEmpty() || sample.isEmpty()) {
                continue;
            }
            if (!claims.claim("sample|" + section.get().code() + "|" + date.get(), cells, "date",
                    section.get().code() + " " + date.get())) {
                continue;
            }
            if (reported.get().isPresent() && !agrees(cells, section.get(), values.get(), reported.get().get())) {
                continue;
            }
            WaterSample s = new WaterSample(section.get().code(), date.get(), values.get(),
                    reported.get().map(WaterClass::ascii), sample.get() ? DataOrigin.SAMPLE : DataOrigin.IMPORTED);
            if (cells.obey(ContentRules.waterSample(s, today))) {
                samples.add(s);
            }
        }
        return samples;
    }

    private static boolean unitsAndColumnsOk(CsvTable table, Problems problems) {
        boolean ok = true;
        boolean anyParameter = false;
        for (int i = 0; i < table.header().size(); i++) {
            String column = table.header().get(i);
            if (!PARAMETERS.containsKey(column)) {
                continue;
            }
            anyParameter = true;
            Optional<String> unit = table.unitOf(column);
            if (unit.isPresent() && !MILLIGRAMS.contains(unit.get().toLowerCase(Locale.ROOT))) {
                boolean micro = unit.get().toLowerCase(Locale.ROOT).matches("(µ|μ|u|微)(g|克).*");
                problems.add(new Problem(table.fileName(), 1, i + 1, column,
                        "“" + column + "”的单位是 " + Excerpt.of(unit.get()) + "，水质数据必须用 mg/L"
                                + (micro ? "（µg/L 的数值除以 1000）" : ""),
                        "'" + column + "' is given in " + Excerpt.of(unit.get()) + "; water figures must be in mg/L"
                                + (micro ? " (divide µg/L figures by 1000)" : "")));
                ok = false;
            }
        }
        if (!anyParameter) {
            problems.add(new Problem(table.fileName(), 1, 0, "", "表头中没有任何监测项目列（do、codmn、cod、bod5、nh3n、tp）",
                    "the header names no measured parameter (do, codmn, cod, bod5, nh3n, tp)"));
            ok = false;
        }
        return ok;
    }

    private static Optional<Map<String, Double>> measurements(CsvTable table, Cells cells) {
        Map<String, Double> values = new LinkedHashMap<>();
        boolean bad = false;
        for (String column : PARAMETERS.keySet()) {
            if (!table.header().contains(column)) {
                continue;
            }
            Optional<OptionalDouble> v = cells.optionalDecimal(column, 0, MAXIMUM.get(column));
            if (v.isEmpty()) {
                bad = true;
            } else if (v.get().isPresent()) {
                values.put(column, v.get().getAsDouble());
            }
        }
        if (bad) {
            return Optional.empty();
        }
        if (values.isEmpty()) {
            String first = PARAMETERS.keySet().stream().filter(table.header()::contains).findFirst().orElse("");
            cells.fail(first, "这一行没有任何监测数值", "this row has no measured value at all");
            return Optional.empty();
        }
        return Optional.of(values);
    }

    /** Empty on a bad cell; an empty inner Optional when no class was given. */
    private static Optional<Optional<WaterClass>> reportedClass(Cells cells) {
        String text = cells.text("class");
        if (text.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        Optional<WaterClass> parsed = WaterClass.parse(text);
        if (parsed.isEmpty()) {
            cells.fail("class", "水质类别“" + Excerpt.of(text) + "”无效，只能是 I、II、III、IV、V 或 劣V",
                    "water class '" + Excerpt.of(text) + "' is not valid; use I, II, III, IV, V or 劣V");
            return Optional.empty();
        }
        return Optional.of(parsed);
    }

    private static boolean agrees(Cells cells, WaterSection section, Map<String, Double> values, WaterClass reported) {
        Map<WaterParameter, Double> byParameter = new java.util.EnumMap<>(WaterParameter.class);
        values.forEach((column, v) -> byParameter.put(PARAMETERS.get(column), v));
        WaterBodyType body = section.body() == WaterBody.RIVER ? WaterBodyType.RIVER : WaterBodyType.LAKE_OR_RESERVOIR;
        Optional<WaterAssessment> assessed = WaterClassifier.assess(byParameter, body);
        if (assessed.isEmpty() || assessed.get().waterClass() == reported) {
            return true;
        }
        WaterAssessment a = assessed.get();
        String decidingZh = a.decidingParameters().stream().map(WaterParameter::nameZh).collect(Collectors.joining("、"));
        String decidingEn = a.decidingParameters().stream().map(WaterParameter::code).collect(Collectors.joining(", "));
        cells.fail("class", "填报的水质类别是 " + reported.labelZh() + "，但按 GB 3838-2002 本行数值应为 "
                        + a.waterClass().labelZh() + "（由" + decidingZh + "决定）；请核对数值或类别"
                        + "（若官方类别还包含本表之外的项目，请把类别一栏留空）",
                "the reported class is " + reported.labelEn() + " but by GB 3838-2002 these figures give "
                        + a.waterClass().labelEn() + " (decided by " + decidingEn + "); check the figures or the class"
                        + " (if the official class used parameters not in this file, leave the class empty)");
        return false;
    }

    private static String known(List<WaterSection> sections) {
        String codes = sections.stream().map(WaterSection::code).limit(8).collect(Collectors.joining(", "));
        return sections.size() > 8 ? codes + " …" : codes;
    }
}
