package org.ecokiosk.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** How Markdown reads as plain text, for the disclosure report, the bulletin and the kiosk alike. */
class MarkdownTextTest {
    private static String plain(String markdown) {
        return MarkdownText.plain(Parser.builder().build().parse(markdown).getFirstChild());
    }

    @Test
    void aLineBreakVanishesBetweenHanziAndIsASpaceBetweenWords() {
        assertEquals("持续打好蓝天、碧水、净土保卫战。", plain("持续打好蓝天、\n碧水、净土\n保卫战。"));
        assertEquals("Days with good air rose.", plain("Days with\ngood air\nrose."));
        assertEquals("PM2.5 年均浓度", plain("PM2.5\n年均浓度"));
    }

    @Test
    void aHardBreakReadsAsASoftOne() {
        assertEquals("第一行第二行", plain("第一行  \n第二行"));
        assertEquals("first line second line", plain("first line\\\nsecond line"));
    }

    @Test
    void markupGoesWordsAndCodeAndAPicturesDescriptionStay() {
        assertEquals("强调 PM2.5 与 代码", plain("**强调** *PM2.5* 与 `代码`"));
        assertEquals("站点分布图", plain("![站点分布图](map.png)"));
        assertEquals("总体情况", plain("#   总体情况   "));
    }
}
