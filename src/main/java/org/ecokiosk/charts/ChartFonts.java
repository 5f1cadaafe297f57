package org.ecokiosk.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled Noto Sans SC faces as AWT fonts.
 *
 * <p>No CJK font is installed on the kiosks or the build machines, so without this every
 * Chinese label would be drawn as tofu boxes. The faces are registered with AWT so that
 * code which asks for the family by name (JFreeChart's FX viewer maps AWT fonts by family)
 * finds them too. Loading is lazy and happens once per JVM: each file is 10.5 MB.
 */
public final class ChartFonts {

    /** Family name of the bundled face, as AWT and JavaFX report it. */
    public static final String FAMILY = "Noto Sans SC";

    private static final String REGULAR_RESOURCE = "/fonts/NotoSansSC-Regular.ttf";
    private static final String BOLD_RESOURCE = "/fonts/NotoSansSC-Bold.ttf";

    private ChartFonts() {
    }

    /** Regular face at the given size in points (or pixels, on screen). */
    public static Font regular(float size) {
        return Faces.REGULAR.deriveFont(Font.PLAIN, size);
    }

    /** Bold face at the given size. */
    public static Font bold(float size) {
        return Faces.BOLD.deriveFont(Font.PLAIN, size);
    }

    /** Holder idiom: the files are read on first use, thread-safely, and only once. */
    private static final class Faces {
        static final Font REGULAR = loadAndRegister(REGULAR_RESOURCE);
        static final Font BOLD = loadAndRegister(BOLD_RESOURCE);
    }

    private static Font loadAndRegister(String resource) {
        try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("not a TrueType font: " + resource, e);
        }
    }
}
