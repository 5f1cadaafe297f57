package org.ecokiosk.kiosk.content;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stylesheets of a content page in the kiosk's WebView: content-page.css with the bundled
 * Noto Sans SC as its font, and the high-contrast additions. Read from the jar once, on the
 * session's reader thread ({@link #read()} is I/O: never on the FX thread), then only put
 * together for the theme and text size of each page shown.
 */
public record PageStyle(String base, String contrast) {
    static final String PAGE_CSS = "/org/ecokiosk/kiosk/content-page.css";
    static final String PAGE_CONTRAST_CSS = "/org/ecokiosk/kiosk/content-page-contrast.css";
    private static final Logger LOG = LoggerFactory.getLogger(PageStyle.class);

    /** No style yet (the stylesheets are still on their way): the WebView's own defaults. */
    public static final PageStyle NONE = new PageStyle("", "");

    /** Reads both stylesheets and points their font faces at the bundled fonts; a missing one is empty (and logged). */
    public static PageStyle read() {
        return new PageStyle(withFonts(resource(PAGE_CSS)), withFonts(resource(PAGE_CONTRAST_CSS)));
    }

    /** The page's CSS in the theme ({@code highContrast} adds the contrast rules) at {@code baseSize} px. */
    public String css(boolean highContrast, double baseSize) {
        String css = highContrast ? base + "\n" + contrast : base;
        return css.replace("${size}", Double.toString(baseSize));
    }

    private static String withFonts(String css) {
        return css.replace("${font}", fontUrl("NotoSansSC-Regular.ttf")).replace("${fontBold}", fontUrl("NotoSansSC-Bold.ttf"));
    }

    private static String fontUrl(String file) {
        URL url = PageStyle.class.getResource("/fonts/" + file);
        return url == null ? "" : url.toExternalForm();
    }

    private static String resource(String name) {
        try (InputStream in = PageStyle.class.getResourceAsStream(name)) {
            if (in == null) {
                LOG.error("stylesheet {} is not in the jar", name);
                return "";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.error("stylesheet {} cannot be read", name, e);
            return "";
        }
    }
}
