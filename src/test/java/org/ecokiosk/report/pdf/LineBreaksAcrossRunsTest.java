package org.ecokiosk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chinese line-breaking rules (禁则) hold where a paragraph is made of several text runs: a
 * subscript digit is its own run, so "臭氧（O₃）" is three runs, and the break before "）" falls
 * between two of them, as does the break between "O" and its subscript "3". The sentence is shifted one character at a time so that every position
 * of it comes to the end of a line once. A standard's code ("GB 3095-2012") stays on one line.
 */
class LineBreaksAcrossRunsTest {
    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’％…";
    private static final String NO_LINE_END = "（《「『【〔〈“‘";

    @Test
    void noLineStartsWithClosingOrEndsWithOpeningPunctuation() throws IOException {
        byte[] pdf = ArchivalPdf.build(SampleReport.settings(), doc -> {
            for (int shift = 0; shift <= 70; shift++) {
                doc.paragraph("填".repeat(shift) + "单项指数最大的是臭氧（O3）。二氧化氮（NO2）、二氧化硫（SO2）与“O3”"
                        + "同列，见《表3》（一）。细颗粒物（PM2.5）和可吸入颗粒物（PM10）次之。综合指数越大，空气质量越差。");
            }
        });
        List<String> lines = LaidOutLines.all(pdf);
        assertTrue(lines.size() > 71, "every paragraph runs over at least one line: " + lines.size());
        List<String> broken = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String before = lines.get(i - 1);
            String line = lines.get(i);
            char last = before.charAt(before.length() - 1);
            boolean formulaSplit = Character.isUpperCase(last) && Character.isDigit(line.charAt(0))
                    || before.endsWith("2.") || line.startsWith(".5") || before.endsWith("PM1") && line.startsWith("0");
            if (NO_LINE_START.indexOf(line.charAt(0)) >= 0 || NO_LINE_END.indexOf(last) >= 0 || formulaSplit) {
                broken.add(before + " / " + line);
            }
        }
        assertTrue(broken.isEmpty(), broken.size() + " breaks against the rules:\n" + String.join("\n", broken));
    }

    @Test
    void noTextEndsWithOneIdeographAloneOnItsLastLine() throws IOException {
        byte[] pdf = ArchivalPdf.build(SampleReport.settings(), doc -> {
            for (int shift = 0; shift <= 40; shift++) {
                doc.paragraph("填".repeat(shift) + "各项指标均达到市总量控制要求");
                doc.paragraph("填".repeat(shift) + "各项指标均达到市总量控制要求。");
            }
            // a narrow column, as the plan table's 2020 column: four ideographs a line
            doc.table(new DataTable("窄列中的规划目标", List.of("指标", "基准值"), List.of(List.of("12. 氮氧化物排放量下降率", "达到市总量控制要求"),
                    List.of("13. 挥发性有机物排放量下降率", "完成市级下达目标")), true, List.of(8f, 1f)));
        });
        List<String> alone = LaidOutLines.all(pdf).stream()
                .filter(l -> l.codePoints().filter(Character::isIdeographic).count() == 1 && l.length() <= 2).toList();
        assertTrue(alone.isEmpty(), "lines of one ideograph: " + alone);
    }

    @Test
    void aStandardsCodeIsNeverBrokenAtItsSpaceOrHyphen() throws IOException {
        int paragraphs = 40;
        byte[] pdf = ArchivalPdf.build(SampleReport.settings(), doc -> {
            for (int shift = 0; shift < paragraphs; shift++) {
                doc.paragraph("填".repeat(shift) + "两年均按 GB 3095-2012 二级浓度限值计算，方法见 HJ 663-2013，噪声按 GB 3096-2008 评价。");
            }
        });
        List<String> lines = LaidOutLines.all(pdf);
        for (String code : List.of("GB 3095-2012", "HJ 663-2013", "GB 3096-2008")) {
            long whole = lines.stream().filter(l -> l.contains(code)).count();
            assertTrue(whole == paragraphs, code + " is whole on a line in " + whole + " of " + paragraphs + " paragraphs: "
                    + lines.stream().filter(l -> l.endsWith(code.substring(0, 2)) || l.endsWith("-")).toList());
        }
    }
}
