package org.ecokiosk.report.pdf;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.charts.ChartSamples;
import org.ecokiosk.charts.ChartText;
import org.ecokiosk.charts.ChartTheme;
import org.ecokiosk.charts.EcoChartFactory;
import org.ecokiosk.charts.ReferenceLine;

/** A three-plus page sample disclosure document exercising every ArchivalPdf feature. */
final class SampleReport {

    static final ZonedDateTime DATA_DATE = ZonedDateTime.of(2025, 12, 31, 18, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
    static final String CONTENT_HASH = "3f1c9a7e5b2d4c6f8a0e1d3b5c7f9a2e4d6b8c0a1e3f5d7b9c2a4e6f8d0b1c3a";

    private SampleReport() {
    }

    static ArchivalPdfSettings settings() {
        return settings(ReproducibleStamp.fromContentHash(CONTENT_HASH, DATA_DATE));
    }

    static ArchivalPdfSettings settings(ReproducibleStamp stamp) {
        DocumentMetadata metadata = new DocumentMetadata(
                "沙坪坝区2025年生态环境信息公开报告（示例）",
                "重庆市沙坪坝区生态环境局",
                "沙坪坝区“十四五”生态环境保护规划指标进展与环境质量",
                List.of("生态环境", "信息公开", "沙坪坝", "PM2.5"),
                "zh-CN");
        return new ArchivalPdfSettings(metadata, stamp, true);
    }

    static byte[] build() {
        return ArchivalPdf.build(settings(), SampleReport::write);
    }

    static void write(ArchivalPdf doc) {
        EcoChartFactory charts = new EcoChartFactory(ChartTheme.forPrint());
        doc.h1("沙坪坝区2025年生态环境信息公开报告");
        doc.paragraph("本报告依据《重庆市沙坪坝区生态环境保护“十四五”规划》编制，公开全区环境空气、"
                + "地表水、声环境等环境质量状况及规划指标完成情况。报告中的年度数值为示例数据，仅用于检验"
                + "报告生成流程，不代表官方监测结果。");

        doc.h2("一、环境空气质量");
        doc.paragraph("2015—2020年，全区空气质量优良天数由281天上升至314天，细颗粒物（PM2.5）年均浓度由"
                + "53微克/立方米降至30微克/立方米，首次达到国家二级标准（35微克/立方米）。“十四五”期间规划目标为"
                + "PM2.5年均浓度保持在34微克/立方米以下，优良天数保持在300天以上（注 1）。");
        doc.chart(charts.yearlyTrend(
                        new ChartText("", "年份 / year", "PM2.5 年均浓度 μg/m³", Optional.of("缺测 / n/a"), true),
                        "PM2.5 年均浓度", ChartSamples.pm25Years(),
                        new ReferenceLine("规划目标 ≤ 34", 34), Optional.of(new ReferenceLine("GB 3095-2012 二级 35", 35))),
                "折线图：2015至2025年PM2.5年均浓度（示例数据）。由2015年的53微克每立方米下降到2025年的29微克每立方米，"
                        + "2020年起低于规划目标34和国家二级标准35；2022年缺测。",
                "图 1  PM2.5 年均浓度与规划目标（示例数据）");
        doc.table(new DataTable("表 1  空气质量主要指标（示例数据）",
                List.of("指标", "单位", "2015年", "2020年", "2025年目标"),
                List.of(
                        List.of("空气质量优良天数", "天", "281", "314", "≥ 300"),
                        List.of("PM2.5 年均浓度", "μg/m³", "53", "30", "≤ 34"),
                        List.of("重污染天数", "天", "—", "0", "控制在较少水平")),
                true, List.of(3f, 1.3f, 1f, 1f, 1.6f)));
        doc.footnote("2025年目标摘自规划“主要指标”表；2015年、2020年数值摘自规划正文，其余年份为示例数据。");

        doc.h3("1. 月均浓度");
        doc.chart(charts.monthlyBars(
                        new ChartText("", "月份 / month", "PM2.5 μg/m³", Optional.of("缺测"), true),
                        "PM2.5 月均浓度", ChartSamples.monthlyPm25(),
                        Optional.of(new ReferenceLine("24小时限值 75", 75))),
                "柱状图：2025年各月PM2.5月均浓度（示例数据），冬季最高（1月58），夏季最低（7月17），3月缺测。",
                "图 2  2025年 PM2.5 月均浓度（示例数据）");
        doc.h3("2. 每日空气质量指数");
        doc.chart(charts.colouredBars(
                        new ChartText("", "日 / day", "AQI", Optional.of("缺测"), true),
                        ChartSamples.dailyAqi(), Optional.empty(), ChartSamples.aqiLegend()),
                "柱状图：2025年1月每日空气质量指数（示例数据），按级别着色：优为绿色、良为黄色、轻度污染为橙色；9日缺测。",
                "图 3  2025年1月每日 AQI（示例数据）");

        doc.h2("二、地表水环境质量");
        doc.paragraph("嘉陵江沙坪坝区段水质达到II类，梁滩河沙坪坝区段出境断面水质提升至IV类，"
                + "城市集中式饮用水水源地水质达标率保持100%。");
        doc.chart(charts.horizontalBars(
                        new ChartText("", "", "水质类别（数值越小越好）", Optional.of("未监测 / n/a"), true),
                        ChartSamples.waterSections(), Optional.of(new ReferenceLine("目标 III 类", 3)), List.of()),
                "横向柱状图：各断面水质类别（示例数据）：嘉陵江井口II类，梁滩河出境断面IV类，清水溪汇入口III类，虎溪河入境未监测。",
                "图 4  主要断面水质类别（示例数据）");
        doc.table(monthlyTable());

        doc.h2("三、声环境与生态");
        for (int i = 0; i < 6; i++) {
            doc.paragraph("持续开展噪声污染防治，整治建筑施工、社会生活和交通噪声，营造宁静生活环境。"
                    + "推进生态修复和绿色空间建设，提升城市绿地和公园服务水平，让居民共享生态福祉。"
                    + "本段为示例文字，用于检验跨页排版、页码和页眉横幅。");
        }
    }

    /** Long enough to break across pages, so the repeated header row gets exercised. */
    private static DataTable monthlyTable() {
        List<List<String>> rows = new ArrayList<>();
        String[] classes = {"II", "II", "III", "II", "II", "III", "III", "II", "II", "II", "III", "II"};
        for (int m = 1; m <= 12; m++) {
            rows.add(List.of(m + "月", classes[m - 1], m % 4 == 0 ? "IV" : "III", String.format("%.1f", 6.5 + m * 0.1), "达标"));
        }
        return new DataTable("表 2  2025年各月断面水质（示例数据）",
                List.of("月份", "嘉陵江 井口", "梁滩河 出境", "溶解氧 mg/L", "评价"), rows, true, List.of());
    }
}
