package org.ecokiosk.kiosk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.text.Font;
import org.ecokiosk.kiosk.widgets.Glyph;
import org.ecokiosk.resources.ExtractedResources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the kiosk's fonts with JavaFX: the bundled Noto Sans SC (kiosk machines often have no
 * CJK font at all, and without it every hanzi would be a tofu box; CSS then names the family) and
 * the Material Design Icons font the {@link Glyph}s are drawn in. Called off the FX thread before
 * the first frame (the kiosk's {@code init}, the admin window, the tests' fixtures): reading a font
 * is file work, which the FX thread never does.
 *
 * <p>Loaded from a file: JavaFX reads a font given as a stream into a temporary file first, 21 MB
 * written on every start; a file it reads in place. The file is the jar's font copied once into
 * the cache ({@link ExtractedResources}); only when no copy can be made is the stream read.
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
        register("/fonts/NotoSansSC-Regular.ttf", "Chinese text may not render");
        register("/fonts/NotoSansSC-Bold.ttf", "Chinese text may not render");
        register(Glyph.FONT, "icons will not show");
        loaded = true;
    }

    private static void register(String resource, String consequence) {
        Optional<Path> file = ExtractedResources.asFile(resource);
        if (file.isPresent() && Font.loadFont(file.get().toUri().toString(), 12) != null) {
            return;
        }
        try (InputStream in = KioskFonts.class.getResourceAsStream(resource)) {
            if (in == null || Font.loadFont(in, 12) == null) {
                LOG.error("bundled font {} could not be loaded: {}", resource, consequence);
            }
        } catch (IOException e) {
            LOG.error("bundled font {} could not be read: {}", resource, consequence, e);
        }
    }
}
