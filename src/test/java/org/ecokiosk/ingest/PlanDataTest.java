package org.ecokiosk.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Checks the test content's data (a copy of the bundled data/) against an expected table typed in
 * from the district plan (沙坪坝区生态环境保护“十四五”规划, 征求意见稿, 2021-04-07): 专栏1, 专栏2
 * and prose figures.
 */
class PlanDataTest {

    private static final Path DATA = Fixtures.content("data");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Set<String> CLASSES = Set.of("I", "II", "III", "IV", "V");

    // 专栏2: code | name_zh | unit | kind | direction | baseline | target | cumulative
    private static final String[] ZL2 = {
        "zl2-01|生态保护红线面积|公顷|binding|>=|4628|4628|false",
        "zl2-02|森林覆盖率|%|binding|>=|32.6|30|false",
        "zl2-03|自然保护地面积占比|%|binding|>=|-|9|false",
        "zl2-04|城市建成区绿化覆盖率|%|expected|>=|36.5|40|false",
        "zl2-05|单位GDP能耗累计下降|%|binding||16.5|完成市级下达目标|true",
        "zl2-06|单位GDP二氧化碳排放下降率|%|binding|>=|-|16|true",
        "zl2-07|非化石能源占一次能源消费的比例|%|expected||-|完成市级下达目标|false",
        "zl2-08|环境空气质量优良天数|天|binding|>=|314|300|false",
        "zl2-09|国控点细颗粒物（PM2.5）浓度|µg/m³|binding|<=|30|34|false",
        "zl2-10a|地表水水质（类别）：嘉陵江||binding||II|II|false",
        "zl2-10b|地表水水质（类别）：梁滩河||binding||IV|IV|false",
        "zl2-11|城市集中式饮用水源地水质达标率|%|binding|=|100|100|false",
        "zl2-12|氮氧化物排放量下降率|%|binding||达到市总量控制要求|达到市总量控制要求|false",
        "zl2-13|挥发性有机物排放量下降率|%|binding||达到市总量控制要求|达到市总量控制要求|false",
        "zl2-14|化学需氧量排放量下降率|%|binding||达到市总量控制要求|达到市总量控制要求|false",
        "zl2-15|氨氮排放下降率|%|binding||达到市总量控制要求|达到市总量控制要求|false",
        "zl2-16|受污染耕地安全利用率|%|binding|>=|95|95|false",
        "zl2-17|受污染地块安全利用率|%|binding|>=|100|95|false",
        "zl2-18|二级以上医疗机构医疗废物集中无害化处置率|%|binding|=|100|100|false",
    };

    // 专栏2 备注 column (verbatim), where not empty
    private static final Map<String, String> ZL2_REMARK = Map.of(
        "zl2-01", "以最终市级下达为准",
        "zl2-03", "以优化调整后为准",
        "zl2-10b", "市级“十四五”要求为Ⅴ");

    // 专栏1: seq | name_zh | 2020 target | actual | year of the actual
    private static final String[] ZL1 = {
        "1|生态保护红线占幅员面积的比例|36.2|15.26|2020",
        "2|林地面积总量|13|14.8|2019",
        "3|森林覆盖率|2020年森林覆盖率按最新调整统计指标评价，46%为全市平均水平。|32.60|2020",
        "4|森林蓄积量|完成市下任务|完成市级任务|2020",
        "5|建成区绿化覆盖率|48|36.5|2020",
        "6|人均公园绿地面积|9|9.4|2020",
        "7|耕地面积|4191.93|6406.49|2020",
        "8|单位GDP能耗|完成市级任务|完成市级任务|2020",
        "9|单位GDP二氧化碳排放降低|完成市级任务|市级未下达相关任务|2020",
        "10|单位地区生产总值用水量降低|17|预计30，达到目标值|2020",
        "11|秸秆综合利用率|100|100|2020",
        "12|净增建设用地总量|4832|完成|2020",
        "13|大宗工业固体废弃物综合利用率|85|85|2020",
        "14|空气质量优良天数|300|314|2020",
        "15|PM2.5年均浓度|下降20%（达到0.042以下）|0.030|2020",
        "16|SO2年均浓度|逐年下降|0.011|2020",
        "17|NO2年均浓度|0.040|0.033|2020",
        "18|嘉陵江沙区段水质|不低于入境断面|II|2020",
        "19|消除黑臭水体|全面消除|全面消除|2020",
        "20|消除辖区劣V类水体|全面消除|全面消除|2020",
        "21|集中式饮用水水源地水质达标率|100|100|2020",
        "22|耕地土壤环境质量点位达标率|保持稳定|保持稳定|2020",
        "23|化学需氧量排放量|完成市级任务|完成市级任务|2020",
        "24|氨氮排放量|完成市级任务|完成市级任务|2020",
        "25|二氧化硫排放|完成市级任务|完成市级任务|2020",
        "26|氮氧化物排放量|完成市级任务|完成市级任务|2020",
        "27|重点行业挥发性有机物排放量|完成市级任务|--|2020",
        "28|城市生活污水处理率|96|96|2020",
        "29|乡镇污水处理率|85|94.5|2020",
        "30|城镇生活垃圾无害化处理率|100|100|2020",
    };

    // historical figures from the prose: code | year | value
    private static final String[] TEXT_VALUES = {
        "txt-good-days|2015|281", "txt-good-days|2020|314",
        "txt-pm25|2015|53", "txt-pm25|2020|30",
        "txt-forest-cover|2015|27.5", "txt-forest-cover|2020|32.6",
        "txt-park-green|2020|9.4",
        "txt-builtup-green-ratio|2020|36.5",
        "txt-soil-erosion|2020|38",
    };

    // targets and limits from the prose: code | source_table | unit | direction | target_year | target
    private static final String[] TARGETS = {
        "txt-pm25-grade2|text|µg/m³|<=||35",
        "txt-waste-recycling|text|%|>=|2022|40",
        "txt-soil-erosion|text|平方公里|>=|2025|21",
        "txt-township-sewage|text|%|>=|2025|85",
        "txt-wechat-posts|text|条|>=|2025|600",
        "txt-campaign-events|text||>=|2025|10",
        "noise-regional|noise|dB(A)|<=|2025|53",
        "noise-traffic|noise|dB(A)|<=|2025|66",
        "noise-quiet-communities|noise|个||2025|3-5",
        "eco-first-batch|ecotown|||2023|完成第一批示范镇街成功创建",
        "eco-towns-2025|ecotown|个||2025|3-4",
        "open-bimonthly|ecotown|||2025|全市联动，双月开放",
    };

    private static final String[] TEXT_CELLS_NOT_NUMBERS = {
        "完成市级下达目标", "达到市总量控制要求", "-", "/", "以最终市级下达为准", "完成市级任务",
        "14.8（2019年）", "预计30，达到目标值", "≥30", "[16.5]", "3-4", "3-5", "II", "IV",
    };

    // ---------------------------------------------------------------- helpers

    private record Table(List<String> header, List<CSVRecord> rows) {
        Map<String, CSVRecord> by(String col) {
            Map<String, CSVRecord> m = new LinkedHashMap<>();
            for (CSVRecord r : rows) {
                CSVRecord previous = m.put(r.get(col), r);
                assertTrue(previous == null, "duplicate " + col + ": " + r.get(col));
            }
            return m;
        }
    }

    private static Table read(String file) throws IOException {
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(DATA.resolve(file), StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(in).setFormat(fmt).get()) {
            List<CSVRecord> rows = p.getRecords();
            for (CSVRecord r : rows) {
                assertTrue(r.isConsistent(), file + " line " + r.getRecordNumber() + " has the wrong number of cells");
            }
            return new Table(p.getHeaderNames(), rows);
        }
    }

    private static List<String> cols(String csv) {
        return List.of(csv.split(","));
    }

    private static boolean isNumber(String s) {
        return NUMBER.matcher(s).matches();
    }

    private static String[] cells(String line) {
        return line.split("\\|", -1);
    }

    // ---------------------------------------------------------------- tests

    @Test
    void headersAreExact() throws IOException {
        assertEquals(cols("code,source_table,seq,group_zh,group_en,name_zh,name_en,unit,kind,direction,cumulative,"
            + "baseline_year,baseline,target_year,target,note_zh,note_en"), read("indicators.csv").header());
        assertEquals(cols("indicator_code,year,value,origin,note_zh,note_en"), read("indicator_values.csv").header());
        assertEquals(cols("code,name_zh,name_en,river_zh,river_en,body,target_class,drinking_source,note_zh,note_en"),
            read("water_sections.csv").header());
        assertEquals(cols("code,name_zh,name_en,batch_year,status,summary_zh,summary_en,sample"), read("towns.csv").header());
        assertEquals(cols("code,name_zh,name_en,kind,address_zh,address_en,booking_phone,booking_url,virtual_tour_url,"
            + "description_zh,description_en,sample,photo,transport_zh,transport_en"), read("facilities.csv").header());
        assertEquals(cols("facility_code,date,start,end,quota,note_zh,note_en,sample"), read("open_days.csv").header());
    }

    @Test
    void zl2RowsMatchThePlan() throws IOException {
        Table t = read("indicators.csv");
        List<CSVRecord> zl2 = t.rows().stream().filter(r -> r.get("source_table").equals("zl2")).toList();
        assertEquals(19, zl2.size(), "18 indicators, row 10 split into two rivers");
        assertEquals(18, zl2.stream().map(r -> r.get("seq")).distinct().count());
        Map<String, String> kindBySeq = new LinkedHashMap<>();
        zl2.forEach(r -> kindBySeq.put(r.get("seq"), r.get("kind")));
        assertEquals(16, kindBySeq.values().stream().filter("binding"::equals).count(), "plan：约束性指标16项");
        assertEquals(2, kindBySeq.values().stream().filter("expected"::equals).count());

        Map<String, CSVRecord> byCode = t.by("code");
        for (String line : ZL2) {
            String[] e = cells(line);
            CSVRecord r = byCode.get(e[0]);
            assertNotNull(r, e[0]);
            assertAll(e[0],
                () -> assertEquals("zl2", r.get("source_table")),
                () -> assertEquals(e[1], r.get("name_zh")),
                () -> assertEquals(e[2], r.get("unit")),
                () -> assertEquals(e[3], r.get("kind")),
                () -> assertEquals(e[4], r.get("direction")),
                () -> assertEquals(e[5], r.get("baseline")),
                () -> assertEquals(e[6], r.get("target")),
                () -> assertEquals(e[7], r.get("cumulative")),
                () -> assertEquals("2020", r.get("baseline_year")),
                () -> assertEquals("2025", r.get("target_year")),
                () -> assertFalse(r.get("name_en").isBlank()),
                () -> assertFalse(r.get("group_en").isBlank()),
                () -> assertFalse(r.get("note_en").isBlank(), "every zl2 row explains its reading"));
        }
        assertEquals("10", byCode.get("zl2-10a").get("seq"));
        assertEquals("10", byCode.get("zl2-10b").get("seq"));
        ZL2_REMARK.forEach((code, remark) ->
            assertTrue(byCode.get(code).get("note_zh").startsWith(remark), code + " note_zh keeps the plan's 备注"));
        for (String code : List.of("zl2-05", "zl2-06")) {
            assertTrue(byCode.get(code).get("note_en").contains("cumulative"), code);
            assertTrue(byCode.get(code).get("note_zh").contains("5年累计数"), code);
        }
        assertTrue(byCode.get("zl2-01").get("note_en").contains("no less than"), "why >= for the red line");
        assertTrue(byCode.get("zl2-10b").get("note_en").contains("Ambiguous"));
        Set<String> groups = zl2.stream().map(r -> r.get("group_zh")).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        assertEquals(List.of("生态保护修复", "碳减排", "环境质量改善", "污染物排放总量减排", "环境风险防范"), new ArrayList<>(groups));
    }

    @Test
    void zl1RowsMatchThePlan() throws IOException {
        Table t = read("indicators.csv");
        Map<String, CSVRecord> byCode = t.by("code");
        assertEquals(30, t.rows().stream().filter(r -> r.get("source_table").equals("zl1")).count());
        Map<String, List<CSVRecord>> values = read("indicator_values.csv").rows().stream()
            .collect(Collectors.groupingBy(r -> r.get("indicator_code")));
        for (String line : ZL1) {
            String[] e = cells(line);
            String code = String.format("zl1-%02d", Integer.parseInt(e[0]));
            CSVRecord r = byCode.get(code);
            assertNotNull(r, code);
            List<CSVRecord> v = values.get(code);
            assertNotNull(v, "actual for " + code);
            assertEquals(1, v.size(), code);
            assertAll(code,
                () -> assertEquals("zl1", r.get("source_table")),
                () -> assertEquals(e[0], r.get("seq")),
                () -> assertEquals(e[1], r.get("name_zh")),
                () -> assertEquals(e[2], r.get("target")),
                () -> assertEquals("2020", r.get("target_year")),
                () -> assertEquals("", r.get("baseline")),
                () -> assertEquals("", r.get("baseline_year")),
                () -> assertEquals("", r.get("kind")),
                () -> assertEquals(e[3], v.get(0).get("value")),
                () -> assertEquals(e[4], v.get(0).get("year")));
        }
        assertTrue(values.get("zl1-02").get(0).get("note_zh").contains("14.8（2019年）"));
        assertTrue(values.get("zl1-01").get(0).get("note_zh").contains("15.26*"));
    }

    @Test
    void proseFiguresMatchThePlan() throws IOException {
        Map<String, CSVRecord> byCode = read("indicators.csv").by("code");
        List<CSVRecord> values = read("indicator_values.csv").rows();
        for (String line : TEXT_VALUES) {
            String[] e = cells(line);
            assertEquals("text", byCode.get(e[0]).get("source_table"), e[0]);
            assertEquals(1, values.stream().filter(v -> v.get("indicator_code").equals(e[0])
                && v.get("year").equals(e[1]) && v.get("value").equals(e[2])).count(), line);
        }
        for (String line : TARGETS) {
            String[] e = cells(line);
            CSVRecord r = byCode.get(e[0]);
            assertNotNull(r, e[0]);
            assertAll(e[0],
                () -> assertEquals(e[1], r.get("source_table")),
                () -> assertEquals(e[2], r.get("unit")),
                () -> assertEquals(e[3], r.get("direction")),
                () -> assertEquals(e[4], r.get("target_year")),
                () -> assertEquals(e[5], r.get("target")));
        }
        // text rows that repeat a table figure point to it
        assertTrue(byCode.get("txt-good-days").get("note_en").contains("zl2-08"));
        assertTrue(byCode.get("txt-pm25").get("note_en").contains("zl2-09"));
        assertTrue(byCode.get("txt-forest-cover").get("note_en").contains("zl2-02"));
        // the plan gives no 2020 noise figures
        assertTrue(values.stream().noneMatch(v -> v.get("indicator_code").startsWith("noise-")));
    }

    @Test
    void codesAreUniqueAndValuesResolve() throws IOException {
        Table ind = read("indicators.csv");
        Set<String> codes = new HashSet<>();
        for (CSVRecord r : ind.rows()) {
            assertTrue(codes.add(r.get("code")), "duplicate code " + r.get("code"));
            String prefix = switch (r.get("source_table")) {
                case "zl1" -> "zl1-";
                case "zl2" -> "zl2-";
                case "text" -> "txt-";
                case "noise" -> "noise-";
                case "ecotown" -> r.get("code").startsWith("open-") ? "open-" : "eco-";
                default -> throw new AssertionError("unknown source_table " + r.get("source_table"));
            };
            assertTrue(r.get("code").startsWith(prefix), r.get("code"));
            assertTrue(Set.of("binding", "expected", "").contains(r.get("kind")), r.get("code"));
            assertTrue(Set.of(">=", "<=", "=", "").contains(r.get("direction")), r.get("code"));
            assertTrue(Set.of("true", "false").contains(r.get("cumulative")), r.get("code"));
        }
        Set<String> pairs = new HashSet<>();
        for (CSVRecord v : read("indicator_values.csv").rows()) {
            assertTrue(codes.contains(v.get("indicator_code")), "unknown indicator " + v.get("indicator_code"));
            assertEquals("plan", v.get("origin"));
            assertTrue(v.get("year").matches("\\d{4}"), v.toString());
            assertTrue(pairs.add(v.get("indicator_code") + "@" + v.get("year")), "duplicate value " + v);
            assertFalse(v.get("indicator_code").startsWith("zl2-"), "zl2 baselines are not repeated in values");
        }
    }

    @Test
    void numericCellsParseAndTextCellsDoNot() throws IOException {
        for (String s : TEXT_CELLS_NOT_NUMBERS) {
            assertFalse(isNumber(s), s);
        }
        for (CSVRecord r : read("indicators.csv").rows()) {
            for (String col : List.of("baseline", "target")) {
                String s = r.get(col);
                if (isNumber(s)) {
                    Double.parseDouble(s);
                } else {
                    assertFalse(s.startsWith("[") || s.startsWith("≥") || s.startsWith("≤") || s.startsWith("<"),
                        r.get("code") + " " + col + " must not keep brackets or signs: " + s);
                }
            }
            if (!r.get("direction").isEmpty()) {
                assertTrue(isNumber(r.get("target")), r.get("code") + " has a direction, so its target is a number");
            }
            if (CLASSES.contains(r.get("baseline")) || CLASSES.contains(r.get("target"))) {
                assertEquals("", r.get("direction"), r.get("code"));
            }
            for (String col : List.of("baseline_year", "target_year")) {
                assertTrue(r.get(col).isEmpty() || r.get(col).matches("20\\d\\d"), r.get("code"));
            }
        }
    }

    @Test
    void waterSectionsTownsFacilitiesAndOpenDays() throws IOException {
        Map<String, CSVRecord> ws = read("water_sections.csv").by("code");
        for (CSVRecord r : ws.values()) {
            assertTrue(Set.of("river", "lake", "reservoir").contains(r.get("body")), r.get("code"));
            assertTrue(r.get("target_class").isEmpty() || CLASSES.contains(r.get("target_class")), r.get("code"));
            assertTrue(Set.of("true", "false").contains(r.get("drinking_source")), r.get("code"));
            if (r.get("target_class").isEmpty()) {
                assertFalse(r.get("note_en").isBlank(), r.get("code") + " explains the missing class");
            }
        }
        assertEquals("II", ws.get("ws-jialing").get("target_class"));
        assertEquals("IV", ws.get("ws-liangtan-xixiqiao").get("target_class"));
        for (String name : List.of("上天池", "下天池", "普照寺水库", "菁云湖", "五云湖", "斐然湖", "清水溪")) {
            assertTrue(ws.values().stream().anyMatch(r -> r.get("name_zh").equals(name)), name);
        }
        assertTrue(ws.values().stream().anyMatch(r -> r.get("drinking_source").equals("true")));

        Map<String, CSVRecord> towns = read("towns.csv").by("code");
        for (String name : List.of("中梁镇", "青木关镇", "歌乐山街道", "凤凰镇", "回龙坝镇", "土主镇", "丰文街道", "井口街道")) {
            CSVRecord r = towns.values().stream().filter(x -> x.get("name_zh").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name));
            assertEquals("false", r.get("sample"), name);
            assertEquals("", r.get("batch_year"), "the plan names no first-batch towns");
        }
        assertEquals("candidate", towns.get("town-zhongliang").get("status"));
        assertEquals("candidate", towns.get("town-qingmuguan").get("status"));

        Map<String, CSVRecord> fac = read("facilities.csv").by("code");
        for (CSVRecord r : fac.values()) {
            assertEquals("true", r.get("sample"), r.get("code") + " carries placeholders");
            assertEquals("023-0000-0000", r.get("booking_phone"));
            assertTrue(r.get("booking_url").startsWith("https://example.invalid/"), r.get("code"));
            assertTrue(r.get("virtual_tour_url").isEmpty() || r.get("virtual_tour_url").startsWith("https://example.invalid/"));
            assertTrue(Set.of("sewage", "waste", "monitoring").contains(r.get("kind")), r.get("code"));
        }
        List<CSVRecord> days = read("open_days.csv").rows();
        assertFalse(days.isEmpty());
        Set<String> months = new HashSet<>();
        for (CSVRecord d : days) {
            assertTrue(fac.containsKey(d.get("facility_code")), d.get("facility_code"));
            assertEquals("true", d.get("sample"));
            LocalDate date = LocalDate.parse(d.get("date"));
            assertEquals(0, date.getMonthValue() % 2, "双月 = even months: " + date);
            assertFalse(date.isBefore(LocalDate.of(2026, 12, 1)) || date.isAfter(LocalDate.of(2027, 6, 30)), date.toString());
            assertTrue(d.get("start").compareTo(d.get("end")) < 0);
            Integer.parseInt(d.get("quota"));
            months.add(date.toString().substring(0, 7));
        }
        assertEquals(Set.of("2026-12", "2027-02", "2027-04", "2027-06"), months);
    }

    @Test
    void markdownHasFrontMatterAndNoHtmlOrRemoteLinks() throws IOException {
        Path content = Fixtures.content();
        List<Path> md;
        try (Stream<Path> s = Stream.concat(Files.list(content.resolve("pages")), Files.list(content.resolve("news")))) {
            md = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(md.stream().filter(p -> p.getParent().endsWith("pages")).count() >= 3);
        assertTrue(md.stream().filter(p -> p.getParent().endsWith("news")).count() >= 2);
        Function<String, Map<String, String>> front = text -> {
            Map<String, String> m = new LinkedHashMap<>();
            String[] parts = text.split("\n---\n", 2);
            for (String l : parts[0].substring(4).split("\n")) {
                int i = l.indexOf(':');
                if (i > 0 && !l.startsWith(" ")) {
                    m.put(l.substring(0, i), l.substring(i + 1).trim());
                }
            }
            return m;
        };
        for (Path p : md) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("---\n"), p + " front matter");
            Map<String, String> fm = front.apply(text);
            for (String key : List.of("title_zh", "title_en", "publish_from", "sample")) {
                assertTrue(fm.containsKey(key), p + " lacks " + key);
            }
            LocalDate.parse(fm.get("publish_from"));
            if (fm.containsKey("publish_until")) {
                assertFalse(LocalDate.parse(fm.get("publish_until")).isBefore(LocalDate.parse(fm.get("publish_from"))), p.toString());
            }
            assertTrue(Set.of("true", "false").contains(fm.get("sample")), p.toString());
            if (p.getParent().endsWith("news")) {
                assertEquals("true", fm.get("sample"), p + ": news items are samples");
            }
            String body = text.split("\n---\n", 2)[1];
            assertEquals(1, body.split("<!-- en -->", -1).length - 1, p + " needs exactly one <!-- en --> separator");
            String noMarker = body.replace("<!-- en -->", "");
            assertFalse(Pattern.compile("<[a-zA-Z/!]").matcher(noMarker).find(), p + " contains HTML");
            assertFalse(noMarker.contains("http://") || noMarker.contains("https://") || noMarker.contains("www."), p + " has a remote link");
            var images = Pattern.compile("\\]\\(([^)]+)\\)").matcher(noMarker);
            while (images.find()) {
                String target = images.group(1);
                assertTrue(target.startsWith("../images/"), p + " link " + target);
                assertTrue(Files.exists(p.getParent().resolve(target).normalize()), p + " missing " + target);
            }
        }
        if (Files.isDirectory(content.resolve("images"))) {
            try (Stream<Path> s = Files.list(content.resolve("images"))) {
                for (Path img : s.filter(x -> x.toString().endsWith(".svg")).toList()) {
                    String svg = Files.readString(img, StandardCharsets.UTF_8);
                    if (svg.contains("<script") || svg.contains("href=")) {
                        fail(img + " must not contain scripts or links");
                    }
                }
            }
        }
    }
}
