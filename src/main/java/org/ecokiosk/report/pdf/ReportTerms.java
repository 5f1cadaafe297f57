package org.ecokiosk.report.pdf;

import java.util.List;

/**
 * The words of the reports' vocabulary that a line must not break inside ({@link ChineseLineBreaks}).
 * iText may break after any ideograph, so a narrow table cell printed "首要污染 / 物" and
 * "优良天 / 数"; Chinese has no spaces to tell iText where a word ends, so the words are listed
 * here. The list is taken from what the reports print — table headers, cell texts, the sources
 * appendix's rule sets (评价依据), figure captions and the chapters' sentences — and holds only
 * ideographs, a plan's column with its number ("专栏2"); a standard's code such as
 * "GB 3095-2012" is kept whole by its own rule.
 *
 * <p>A term that contains a shorter one ("优良天数比例", "优良天数") protects all its inner
 * positions, so the longer term wins. A term wider than its line is still broken: see
 * {@link ChineseLineBreaks}.
 */
final class ReportTerms {

    static final List<String> TERMS = List.of(
            // air
            "环境空气", "空气质量", "空气质量指数", "首要污染物", "主要污染物", "重污染天数", "优良天数", "优良天数比例",
            "综合指数", "单项指数", "细颗粒物", "可吸入颗粒物", "二氧化硫", "二氧化氮", "一氧化碳", "臭氧",
            "浓度限值", "二级浓度限值", "二级标准", "参考线", "过渡阶段", "年平均", "日平均", "日最大", "百分位数", "年均浓度", "月均浓度",
            "年均值", "月均值", "监测点位", "有效天数", "微克", "立方米", "环境空气质量标准",
            // water
            "地表水", "断面", "入境", "出境", "水质类别", "目标类别", "达标率", "单因子", "饮用水", "水源地",
            "饮用水水源地", "集中式", "营养状态", "嘉陵江", "梁滩河", "地表水环境质量标准",
            // noise
            "声环境", "功能区", "昼间", "夜间", "等效声级", "道路交通", "区域环境噪声", "噪声", "分贝", "评价等级",
            "声环境质量标准",
            // green, ecology
            "森林覆盖率", "建成区", "绿化覆盖率", "公园绿地", "生态保护红线", "自然保护地", "土壤环境", "固体废物",
            "生态文明", "示范镇街", "环保设施", "开放日",
            // plan and its evaluation
            "规划", "目标", "十四五", "十三五", "专栏", "专栏1", "专栏2", "指标口径", "基准值", "目标值", "最新值", "路径值", "依据值",
            "中期评估", "终期评估", "百分点",
            // origins and the appendix
            "监测数据", "公开发布", "示例数据", "评价依据", "数据来源", "数值来源", "限值",
            // the disclosure report
            "政府信息公开", "行政复议", "行政诉讼");

    private ReportTerms() {
    }
}
