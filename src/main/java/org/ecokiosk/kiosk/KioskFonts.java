package org.ecokiosk.kiosk;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the bundled Noto Sans SC with JavaFX. Kiosk machines often have no CJK font at
 * all, and without this every hanzi would be a tofu box; CSS then names the family.
 */
public final class KioskFonts {
    public static final String FAMILY = "Noto Sans SC";
    private static final Logger LOG = LoggerFactory.getLogger(KioskFonts.class);
    private static boolean loaded;

    private KioskFonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String name : new String[] {"NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf"}) {
            try (InputStream in = KioskFonts.class.getResourceAsStream("/fonts/" + name)) {
                if (in == null || Font.loadFont(in, 12) == null) {
                    LOG.error("bundled font {} could not be loaded: Chinese text may not render", name);
                }
            } catch (IOException e) {
                LOG.error("bundled font {} could not be read", name, e);
            }
        }
        loaded = true;
    }
}
