package org.ecokiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.text.Font;
import org.ecokiosk.kiosk.widgets.Glyph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The bundled fonts (Noto Sans SC, the icons' Material Design Icons) are registered from its file (in place here, from a cached copy when run from the jar). */
class KioskFontsTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void notoSansScIsAFamilyJavaFxKnowsAfterLoading() {
        KioskFonts.load();
        assertTrue(Font.getFamilies().contains(KioskFonts.FAMILY), Font.getFamilies().toString());
        assertTrue(Font.font(KioskFonts.FAMILY, 20).getFamily().equals(KioskFonts.FAMILY));
    }

    @Test
    void theIconFontIsRegisteredWithTheTextFonts() {
        KioskFonts.load();
        assertTrue(Font.getFamilies().contains(Glyph.FAMILY), Font.getFamilies().toString());
    }
}
