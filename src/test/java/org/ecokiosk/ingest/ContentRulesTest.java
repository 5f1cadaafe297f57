package org.ecokiosk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.model.ContentPage;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.Facility;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.OpenDay;
import org.ecokiosk.model.PageKind;
import org.junit.jupiter.api.Test;

/** The field rules as an attacker (QR links, bidi tricks, paths in codes) and a clumsy colleague (9999, 0001) meet them. */
class ContentRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void bookingLinksAreHttpsToAPublicHostWithoutUserInfo() {
        for (String bad : List.of("javascript:alert(1)", "http://example.com/book", "https://user:pw@example.com/",
                "https://evil.com@example.com/", "https://localhost/book", "https://127.0.0.1/", "https://10.1.2.3/",
                "https://192.168.0.10/", "https://172.20.1.1/", "https://169.254.169.254/latest", "https://[::1]/",
                "https://[fd00::1]/", "https://2130706433/", "https://0x7f000001.0/", "https://0177.0.0.1/",
                "https://kiosk.local/", "https://intranet/", "data:text/html,hi", "https://exa mple.com/")) {
            assertTrue(TextRules.link("booking_url", bad).isPresent(), bad);
        }
        for (String good : List.of("", "https://example.invalid/booking/fac-1", "https://www.cqspb.gov.cn/a?b=1",
                "https://8.8.8.8/", "https://abc1.de/")) {
            assertEquals(Optional.empty(), TextRules.link("booking_url", good), good);
        }
    }

    @Test
    void codesAreIdentifiersNeverPathsOrQuotes() {
        for (String bad : List.of("../etc/passwd", "a/b", "fac'1", "fac\"1", "a..b", "-lead", "trail.", "空格 code", "",
                "x".repeat(65))) {
            assertTrue(TextRules.code("code", bad).isPresent(), bad);
        }
        for (String good : List.of("fac-jingkou-wwtp", "zl2-09", "1001A", "Aotizhongxin", "ws_1.2")) {
            assertEquals(Optional.empty(), TextRules.code("code", good), good);
        }
    }

    @Test
    void namesRefuseBidiControlHtmlAndLengthButKeepChinesePunctuation() {
        assertTrue(TextRules.name("name_zh", "井口\u202E厂理处水污").isPresent(), "right-to-left override");
        assertTrue(TextRules.name("name_zh", "A\u2066B").isPresent(), "isolate");
        assertTrue(TextRules.name("name_zh", "<b>污水厂</b>").isPresent());
        assertTrue(TextRules.name("name_zh", "污水&#60;厂").isPresent());
        assertTrue(TextRules.name("name_zh", "two\nlines").isPresent(), "a name is one line");
        assertTrue(TextRules.name("name_zh", "长".repeat(TextRules.MAX_NAME + 1)).isPresent());
        assertEquals(Optional.empty(), TextRules.name("name_zh", "【示例地址,待核实】PM2.5 < 35 µg/m³"));
        assertEquals(Optional.empty(), TextRules.text("description_zh", "第一行\n第二行"));
        assertTrue(TextRules.text("description_zh", "x".repeat(TextRules.MAX_TEXT + 1)).isPresent(), "7 MB descriptions");
    }

    @Test
    void facilitiesTakeKindsFromTheListAndLinksByTheLinkRule() {
        Facility f = new Facility("fac-1", LocalizedText.of("厂", "Plant"), "sewage", LocalizedText.of("", ""), "023",
                "https://example.invalid/b", "", LocalizedText.of("", ""), DataOrigin.IMPORTED);
        assertEquals(List.of(), ContentRules.facility(f));
        Facility odd = new Facility("fac-1", LocalizedText.of("厂", "Plant"), "nuclear", LocalizedText.of("", ""), "023",
                "http://10.0.0.1/b", "", LocalizedText.of("", ""), DataOrigin.IMPORTED);
        assertEquals(List.of("kind", "booking_url"), ContentRules.facility(odd).stream().map(Violation::field).toList());
    }

    @Test
    void datesMustBePlausibleAndPublishUntilNotBeforeFrom() {
        OpenDay in9999 = new OpenDay("fac-1", LocalDate.of(9999, 1, 1), LocalTime.of(9, 0), LocalTime.of(11, 0), 10,
                LocalizedText.of("", ""), DataOrigin.IMPORTED);
        assertEquals(List.of("date"), ContentRules.openDay(in9999, TODAY).stream().map(Violation::field).toList());
        OpenDay nextYear = new OpenDay("fac-1", TODAY.plusYears(1), LocalTime.of(9, 0), LocalTime.of(11, 0), 10,
                LocalizedText.of("", ""), DataOrigin.IMPORTED);
        assertEquals(List.of(), ContentRules.openDay(nextYear, TODAY));
        List<Violation> water = new java.util.ArrayList<>();
        ContentRules.measured(water, "date", LocalDate.of(1, 1, 1), TODAY);
        ContentRules.measured(water, "date", TODAY.plusDays(1), TODAY);
        assertEquals(2, water.size());
        ContentPage page = new ContentPage("news-1", PageKind.NEWS, LocalizedText.of("标题", "Title"),
                LocalizedText.of("正文", ""), LocalDate.of(2026, 5, 1), Optional.of(LocalDate.of(2026, 4, 1)), List.of(),
                DataOrigin.IMPORTED);
        assertEquals(List.of("publish_until"), ContentRules.page(page, TODAY).stream().map(Violation::field).toList());
        ContentPage html = new ContentPage("news-2", PageKind.NEWS, LocalizedText.of("<script>x</script>", "T"),
                LocalizedText.of("正文", ""), LocalDate.of(2026, 5, 1), Optional.empty(), List.of(), DataOrigin.IMPORTED);
        assertFalse(ContentRules.page(html, TODAY).isEmpty());
    }

    @Test
    void problemsNeverEchoRawContent() {
        String huge = "\u001b[2J" + "A".repeat(7_000_000) + "\u0000";
        Problem p = new Problem("f.csv", 2, 3, "x\u202Ey", "值“" + huge + "”无效", "value '" + huge + "' is not valid");
        String shown = p.describe();
        assertTrue(shown.length() < 2_000, "length " + shown.length());
        assertFalse(shown.chars().anyMatch(c -> c < 0x20 || c == 0x202E), shown.substring(0, 80));
        assertTrue(shown.contains("U+001B"), "a control character is named, not sent");
        assertEquals("ab…", Excerpt.of("abcdef", 2));
    }
}
