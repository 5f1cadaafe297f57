package org.ecokiosk.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JVM options the installed kiosk's launcher passes ({@code /launcher/jvm-options}, which the
 * package build hands to jpackage): the start-up benchmark starts the kiosk with exactly these.
 */
final class LauncherOptions {
    static final String RESOURCE = "/launcher/jvm-options";

    private LauncherOptions() {
    }

    static List<String> read() {
        try (InputStream in = LauncherOptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the launcher's JVM options " + RESOURCE + " are not on the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One option a line, '#' to the end of a line a comment (the same rule as build-deb.sh). */
    static List<String> parse(String text) {
        return text.lines().map(l -> l.contains("#") ? l.substring(0, l.indexOf('#')) : l).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
    }
}
