package org.ecokiosk.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The content and kiosk configuration tests run on (src/test/resources/fixtures): frozen copies,
 * so that staff editing the checkout's content folder or setting their own PIN in its kiosk
 * configuration can neither break a test nor make one pass.
 */
public final class Fixtures {
    /** The admin PIN of the test configuration (only its hash is stored); not the demo PIN. */
    public static final String PIN = "975312";

    private Fixtures() {
    }

    /** The test copy of the content folder (pages, news, data/*.csv, disclosure sample, images). */
    public static Path content() {
        return resource("/fixtures/content");
    }

    /** A file of the test content, e.g. {@code content("data/indicator_values.csv")}. */
    public static Path content(String relative) {
        return content().resolve(relative);
    }

    /** The test kiosk configuration as committed (relative store and state paths: read it, do not run on it). */
    public static Path kioskConfigTemplate() {
        return resource("/fixtures/kiosk.properties");
    }

    /**
     * Writes {@code dir/kiosk.properties}: the test configuration with its snapshot store
     * ({@code dir/var/snapshots}), state folder ({@code dir/var}) and content folder (the test
     * content) made absolute, then {@code overrides} applied.
     */
    public static Path kioskConfig(Path dir, Map<String, String> overrides) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(kioskConfigTemplate(), StandardCharsets.UTF_8)) {
            p.load(r);
            p.setProperty("snapshot.store", dir.resolve("var").resolve("snapshots").toAbsolutePath().toString());
            p.setProperty("state.dir", dir.resolve("var").toAbsolutePath().toString());
            p.setProperty("content.dir", content().toString());
            overrides.forEach(p::setProperty);
            Files.createDirectories(dir);
            Path file = dir.resolve("kiosk.properties");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, "test configuration (Fixtures.kioskConfig)");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #kioskConfig(Path, Map)} without overrides. */
    public static Path kioskConfig(Path dir) {
        return kioskConfig(dir, Map.of());
    }

    private static Path resource(String name) {
        URL url = Fixtures.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("test fixture " + name + " is not on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
