package org.ecokiosk.kiosk.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;

/**
 * The kiosk's icons are the icon set's own: each {@link Mdi} code point is the one Ikonli's
 * materialdesign2 pack gives the icon of that name, and the font {@link Glyph} reads is the
 * pack's. (The pack's enums are read here, in a test, not while the kiosk starts.)
 */
class MdiTest {
    @Test
    void everyCodePointIsTheIconSetsOwn() {
        for (Mdi icon : Mdi.values()) {
            Ikon theirs = null;
            for (IkonHandler handler : ServiceLoader.load(IkonHandler.class)) {
                if (handler.supports(icon.description())) {
                    theirs = handler.resolve(icon.description());
                }
            }
            assertNotNull(theirs, icon + ": no icon " + icon.description() + " in the pack");
            assertEquals(theirs.getCode(), icon.code(), icon + " (" + icon.description() + ")");
            assertEquals(icon.name().toLowerCase().replace('_', '-'), icon.description().substring("mdi2x-".length()),
                    "named as the icon set names it");
        }
    }

    @Test
    void theFontIsThePacksAndHasTheGlyphs() throws Exception {
        IkonHandler handler = ServiceLoader.load(IkonHandler.class).stream().map(ServiceLoader.Provider::get)
                .filter(h -> h.supports(Mdi.CIRCLE.description())).findFirst().orElseThrow();
        assertEquals(Glyph.FAMILY, handler.getFontFamily());
        assertEquals(handler.getFontResource().getPath().replaceAll(".*!", ""), Glyph.FONT);
        try (var in = Glyph.class.getResourceAsStream(Glyph.FONT)) {
            java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
            for (Mdi icon : Mdi.values()) {
                assertTrue(font.canDisplay(icon.code()), icon + " has no glyph in the font");
            }
        }
    }
}
