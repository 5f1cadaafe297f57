package org.ecokiosk.kiosk.widgets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;

/** What KioskPackagesTest's FX-thread rule must catch: a widget that reads a file while it is built. */
public final class FileReadingWidgetExample {
    private FileReadingWidgetExample() {
    }

    public static Label of(Path file) throws IOException {
        return new Label(Files.readString(file));
    }
}
