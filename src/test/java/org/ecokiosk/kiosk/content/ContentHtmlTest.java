package org.ecokiosk.kiosk.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.ecokiosk.model.ContentImage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The second fence: whatever reaches the snapshot, nothing active reaches the WebView. */
class ContentHtmlTest {
    private static final ContentImage PNG = new ContentImage("pm25-trend.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    private static Document render(String markdown) {
        return Jsoup.parseBodyFragment(ContentHtml.bodyHtml(markdown, Map.of("pm25-trend.png", PNG)));
    }

    @Test
    void scriptsEventHandlersAndFramesDoNotSurvive() {
        String hostile = """
                # 标题

                <script>alert('x')</script>

                <img src="x.png" onerror="alert(1)">

                <iframe src="https://evil.example/"></iframe>

                <p onclick="steal()" style="color:red">文字 <a href="javascript:alert(1)">链接</a></p>

                <object data="x.swf"></object><embed src="y"><form action="https://evil.example"><input></form>
                """;
        Document doc = render(hostile);
        String html = doc.body().html();
        assertTrue(doc.select("script, iframe, object, embed, form, input, style").isEmpty(), html);
        assertTrue(doc.select("[onerror], [onclick], [style]").isEmpty(), html);
        assertFalse(html.contains("alert"), html);
        assertFalse(html.contains("javascript:"), html);
        assertEquals("标题", doc.select("h1").text());
        assertTrue(doc.text().contains("文字 链接"), "the link's words stay, the link goes: " + doc.text());
    }

    @Test
    void snapshotImagesBecomeDataUrisAndRemoteOnesAreDropped() {
        Document doc = render("![趋势](../images/pm25-trend.png)\n\n![远程](https://example.com/a.png)\n\n![缺](../images/none.png)");
        assertEquals(1, doc.select("img").size(), doc.body().html());
        assertTrue(doc.select("img").attr("src").startsWith("data:image/png;base64,"));
        assertEquals("趋势", doc.select("img").attr("alt"));
    }

    @Test
    void linksLeavingThePageAreUnwrappedButTablesStay() {
        Document doc = render("[外部](https://example.com) [本页](#part) [相对](other.html)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertEquals(1, doc.select("a").size(), doc.body().html());
        assertEquals("#part", doc.select("a").attr("href"));
        assertEquals(2, doc.select("td").size());
    }

    @Test
    void documentInlinesTheStyleAndCannotBeClosedFromIt() {
        String page = ContentHtml.document("<p>x</p>", "zh", "body{} </style><script>bad()</script>");
        Document doc = Jsoup.parse(page);
        assertTrue(doc.select("script").isEmpty(), page);
        assertEquals("zh-CN", doc.select("html").attr("lang"));
    }
}
