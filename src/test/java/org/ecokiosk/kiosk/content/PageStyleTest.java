package org.ecokiosk.kiosk.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The news pages' stylesheets, read once from the jar, put together per theme and text size. */
class PageStyleTest {
    @Test
    void theBundledFontsTheSizeAndTheContrastRulesOnlyInHighContrast() {
        PageStyle style = PageStyle.read();
        assertFalse(style.base().isBlank());
        assertFalse(style.contrast().isBlank());
        String normal = style.css(false, 24.0);
        assertTrue(normal.contains("font-size: 24.0px"), normal);
        assertTrue(normal.contains("/fonts/NotoSansSC-Regular.ttf") && normal.contains("/fonts/NotoSansSC-Bold.ttf"), normal);
        assertFalse(normal.contains("${"), "every placeholder is filled");
        assertFalse(normal.contains(style.contrast()));
        assertTrue(style.css(true, 24.0).endsWith(style.contrast().replace("${size}", "24.0")));
        assertTrue(PageStyle.NONE.css(true, 24.0).isBlank(), "no style yet: the WebView's defaults");
    }
}
