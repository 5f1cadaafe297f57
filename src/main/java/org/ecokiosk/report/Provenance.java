package org.ecokiosk.report;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecokiosk.model.DataOrigin;

/**
 * Where one numbered table or chart's figures come from, printed in the appendix 数据来源与方法:
 * the data tables read (with their row counts), the origin of the figures and the rules that
 * judged them. A chapter attaches one to every table and chart it numbers (see {@link Numbering}).
 *
 * @param tablesRead e.g. "空气质量日数据（air_day，730行）"
 * @param origins the origins of the figures printed; empty when nothing was printed
 * @param rules the rule set, e.g. "HJ 633-2012；GB 3095-2012 限值、HJ 663-2013 方法"
 */
record Provenance(List<String> tablesRead, Set<DataOrigin> origins, String rules) {

    Provenance {
        tablesRead = List.copyOf(tablesRead);
        origins = origins.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(origins));
    }

    static Provenance of(List<String> tablesRead, Collection<DataOrigin> origins, String rules) {
        return new Provenance(tablesRead, origins.isEmpty() ? Set.of() : EnumSet.copyOf(origins), rules);
    }

    /**
     * What each table of the data set holds, in an officer's words: the appendix names the table
     * (so a figure can be traced to it) but says first what it is.
     */
    private static final java.util.Map<String, String> TABLE_NAMES = java.util.Map.ofEntries(
            java.util.Map.entry("air_day", "空气质量日数据"),
            java.util.Map.entry("air_hour", "空气质量小时数据"),
            java.util.Map.entry("indicator", "规划指标"),
            java.util.Map.entry("indicator_value", "规划指标年度数值"),
            java.util.Map.entry("water_section", "地表水断面"),
            java.util.Map.entry("water_sample", "水质监测数据"),
            java.util.Map.entry("noise_reading", "声环境监测数据"),
            java.util.Map.entry("green_metric", "城市绿地指标"),
            java.util.Map.entry("published_figure", "公开发布的数值"),
            java.util.Map.entry("eco_town", "生态文明建设示范镇街"),
            java.util.Map.entry("facility", "环保设施"),
            java.util.Map.entry("open_day", "设施开放日"));

    /** "空气质量日数据（air_day，730行）": a table, what it holds, and how many of its rows the report read. */
    static String rows(String table, int count) {
        return read(table, count + "行");
    }

    /** "空气质量小时数据（air_hour，120个站日的臭氧最大小时值）": a table and what of it the report read. */
    static String read(String table, String what) {
        String name = TABLE_NAMES.get(table);
        if (name == null) {
            throw new IllegalArgumentException("no officer's name for the table " + table);
        }
        return name + "（" + table + "，" + what + "）";
    }

    /** The origins in the public wording: 监测数据 / 公开发布 / 规划 / 示例数据, in a fixed order. */
    String originLabel() {
        if (origins.isEmpty()) {
            return Texts.NO_VALUE;
        }
        // one origin a line, as the tables read are listed: "公开发布" must never be broken inside the word
        return EnumSet.copyOf(origins).stream().map(Provenance::label).collect(Collectors.joining("\n"));
    }

    static String label(DataOrigin origin) {
        return switch (origin) {
            case IMPORTED -> "监测数据";
            case PUBLISHED -> "公开发布";
            case PLAN -> "规划";
            case SAMPLE -> "示例数据";
        };
    }

    /** "GB3095-2026/transition" → "GB 3095-2026（过渡阶段）": a limits table as a report prints it. */
    static String limits(String tableId) {
        return standard(tableId).replace("/transition", "（过渡阶段）").replace("/final", "（2031年起）");
    }

    /** "HJ633-2026" → "HJ 633-2026", as standards are printed ({@link org.ecokiosk.model.StandardNames}). */
    static String standard(String id) {
        return org.ecokiosk.model.StandardNames.printed(id);
    }
}
