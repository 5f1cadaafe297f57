package org.ecokiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.ecokiosk.kiosk.screens.FacilitiesScreen;
import org.ecokiosk.kiosk.screens.NewsScreen;
import org.ecokiosk.kiosk.shell.Screen;
import org.ecokiosk.kiosk.viewmodel.FacilitiesViewModel.FacilityRow;
import org.ecokiosk.model.ContentPage;
import org.ecokiosk.model.Language;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * English mode is English everywhere: every screen, every facility's page and every news item or
 * page, the words drawn inside the charts included, carries no Chinese character outside a short
 * list of proper names. Snapshot content with English fields must show them; content left without
 * English falls back to Chinese visibly — and is caught here.
 */
@ExtendWith(ApplicationExtension.class)
class EnglishWordsTest {
    /** Shown in Chinese on purpose in English mode: the button that switches to Chinese. */
    static final Set<String> PROPER_NAMES = Set.of("中文");
    private static final List<String> SCREENS = List.of("home", "air", "water", "noise", "green", "plan", "towns",
            "facilities", "news");
    private KioskFixture fixture;
    private Scene scene;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** True for Han characters and the CJK (full-width) punctuation that belongs with them. */
    static boolean isCjk(int codePoint) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA;
    }

    /** {@code text} with the proper names taken out still holds CJK characters. */
    static boolean hasForeignCjk(String text) {
        String rest = text;
        for (String name : PROPER_NAMES) {
            rest = rest.replace(name, "");
        }
        return rest.codePoints().anyMatch(EnglishWordsTest::isCjk);
    }

    @Test
    void theCheckCatchesChineseAndLetsNamesAndEnglishPass() {
        assertTrue(hasForeignCjk("完成市级下达目标"));
        assertTrue(hasForeignCjk("Judged by HJ 640（2012）"), "full-width brackets are Chinese punctuation");
        assertTrue(!hasForeignCjk("中文") && !hasForeignCjk("Class Ⅲ · 52.5 dB(A) ≤ 53 µg/m³ — “quoted”"));
    }

    @Test
    void everyScreenInEnglishIsInEnglish() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                Scene[] scenes = new Scene[1];
                fixture = KioskFixture.offScreen(1920, 1080, scenes);
                scene = scenes[0];
                fixture.kiosk().shell().messages().languageProperty().set(Language.EN);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).get(20, TimeUnit.SECONDS);
        Set<String> problems = new LinkedHashSet<>();
        int looked = 0;
        for (String id : SCREENS) {
            Screen screen = show(id);
            problems.addAll(chineseOn(id));
            looked++;
            if (screen instanceof FacilitiesScreen facilities) {
                for (FacilityRow row : List.copyOf(facilities.model().rows())) {
                    onFx(() -> facilities.model().select(row));
                    problems.addAll(chineseOn(id + "/" + row.code()));
                    looked++;
                }
                onFx(() -> facilities.model().closeDetails());
            }
            if (screen instanceof NewsScreen news) {
                for (ContentPage page : List.copyOf(news.model().items())) {
                    onFx(() -> news.model().open(fixture.session(), page));
                    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> news.model().opened()
                            .filter(o -> o.page().slug().equals(page.slug())).isPresent());
                    String body = news.model().opened().orElseThrow().bodyHtml(Language.EN).replaceAll("<[^>]*>", " ");
                    if (hasForeignCjk(body)) {
                        problems.add(id + "/" + page.slug() + ": article body: " + excerpt(body));
                    }
                    problems.addAll(chineseOn(id + "/" + page.slug()));
                    looked++;
                }
                onFx(() -> news.model().close());
            }
        }
        assertTrue(looked > SCREENS.size() + 3, "the facilities and news were opened one by one");
        assertEquals(List.of(), List.copyOf(problems), "Chinese in English mode");
    }

    private Screen show(String id) throws Exception {
        onFx(() -> fixture.kiosk().shell().navigator().show(id));
        Screen screen = fixture.kiosk().shell().navigator().current().orElseThrow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, screen::showsData);
        return screen;
    }

    /** Every piece of text the scene shows now, each with where it is, that is not English. */
    private List<String> chineseOn(String where) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(5);
        List<String> found = new ArrayList<>();
        onFx(() -> {
            for (int pass = 0; pass < 2; pass++) {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            }
            texts(scene.getRoot(), text -> {
                if (hasForeignCjk(text)) {
                    found.add(where + ": " + excerpt(text));
                }
            });
        });
        return found;
    }

    /** The text of labels, buttons and loose text nodes, and every word drawn in a chart. */
    private static void texts(Node node, Consumer<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            out.accept(labeled.getText());
            Optional.ofNullable(labeled.getGraphic()).ifPresent(g -> texts(g, out));
            return;
        }
        if (node instanceof Text text) {
            out.accept(text.getText());
        }
        if (node instanceof ChartViewer viewer && viewer.getChart() != null) {
            // drawn as SVG with text kept as text: every title, tick, note and reference label
            SVGGraphics2D svg = new SVGGraphics2D(1200, 600);
            viewer.getChart().draw(svg, new java.awt.Rectangle(0, 0, 1200, 600));
            for (String drawn : svg.getSVGElement().split("<text")) {
                int start = drawn.indexOf('>');
                int end = drawn.indexOf("</text>");
                if (start >= 0 && end > start) {
                    out.accept("chart " + viewer.getId() + ": " + drawn.substring(start + 1, end));
                }
            }
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                texts(child, out);
            }
        }
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }

    private static void onFx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(20, TimeUnit.SECONDS);
    }
}
