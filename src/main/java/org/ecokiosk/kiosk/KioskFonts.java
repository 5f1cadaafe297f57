package org.ecokiosk.kiosk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.text.Font;
import org.ecokiosk.resources.ExtractedResources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the bundled Noto Sans SC with JavaFX. Kiosk machines often have no CJK font at
 * all, and without this every hanzi would be a tofu box; CSS then names the family.
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
        for (String name : new String[] {"NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf"}) {
            String resource = "/fonts/" + name;
            Optional<Path> file = ExtractedResources.asFile(resource);
            if (file.isPresent() && Font.loadFont(file.get().toUri().toString(), 12) != null) {
                continue;
            }
            try (InputStream in = KioskFonts.class.getResourceAsStream(resource)) {
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
