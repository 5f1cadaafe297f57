package org.ecokiosk.kiosk.widgets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.Label;

/** What KioskPackagesTest's FX-thread rule must catch: a widget that reads a resource from the jar while it is built. */
public final class ResourceReadingWidgetExample {
    private ResourceReadingWidgetExample() {
    }

    public static Label of(String resource) throws IOException {
        try (InputStream in = ResourceReadingWidgetExample.class.getResourceAsStream(resource)) {
            return new Label(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
