package org.ecokiosk.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the installed kiosk's launcher starts the JVM: its options ({@code /launcher/jvm-options},
 * which the package build hands to jpackage) and its environment ({@code /launcher/environment},
 * which the systemd unit and {@code /usr/bin/eco-kiosk} read). The benchmarks start their kiosk
 * with exactly these, so they measure what residents run.
 */
final class LauncherOptions {
    static final String RESOURCE = "/launcher/jvm-options";
    static final String ENVIRONMENT = "/launcher/environment";

    private LauncherOptions() {
    }

    static List<String> read() {
        return parse(resource(RESOURCE));
    }

    static Map<String, String> environment() {
        return parseEnvironment(resource(ENVIRONMENT));
    }

    /** One option a line, '#' to the end of a line a comment (the same rule as build-deb.sh). */
    static List<String> parse(String text) {
        return text.lines().map(l -> l.contains("#") ? l.substring(0, l.indexOf('#')) : l).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
    }

    /**
     * NAME=value a line, '#' lines comments: the subset of systemd's EnvironmentFile= that sh's
     * '.' reads alike (no quotes, no spaces), so anything else is refused rather than read two ways.
     */
    static Map<String, String> parseEnvironment(String text) {
        Map<String, String> env = new LinkedHashMap<>();
        text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> {
            if (!l.matches("[A-Za-z_][A-Za-z0-9_]*=[A-Za-z0-9_.,:/+-]*")) {
                throw new IllegalStateException(ENVIRONMENT + ": not NAME=value without quotes or spaces: " + l);
            }
            env.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1));
        });
        return env;
    }

    private static String resource(String name) {
        try (InputStream in = LauncherOptions.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the launcher's " + name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
