package org.ecokiosk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FleetSettingsTest {
    private static KioskConfig config(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return KioskConfig.fromProperties(Path.of("kiosk.properties"), p);
    }

    @Test
    void pullingNeedsTheManifestUrlAndTheKeyTogether() {
        KioskConfig c = config("fleet.manifest.url", "https://eco.example/manifest.json", "fleet.public.key",
                "keys/fleet.pub", "fleet.poll.seconds", "120", "fleet.status.url", "https://eco.example/status/");
        assertTrue(c.fleet().pulls());
        assertTrue(c.fleet().reports());
        assertEquals(Optional.of(URI.create("https://eco.example/manifest.json")), c.fleet().manifestUrl());
        assertEquals(120, c.fleet().pollSeconds());
        assertTrue(c.warnings().stream().noneMatch(w -> w.startsWith("fleet.")), c.warnings().toString());

        KioskConfig half = config("fleet.manifest.url", "https://eco.example/manifest.json");
        assertFalse(half.fleet().pulls());
        assertTrue(half.warnings().stream().anyMatch(w -> w.contains("must be set together")), half.warnings().toString());
    }

    @Test
    void badValuesFallBackWithAWarning() {
        KioskConfig c = config("fleet.manifest.url", "ftp://eco.example/m.json", "fleet.public.key", "k.pub",
                "fleet.poll.seconds", "5");
        assertFalse(c.fleet().pulls());
        assertEquals(FleetSettings.DEFAULT_POLL_SECONDS, c.fleet().pollSeconds());
        assertTrue(c.warnings().stream().anyMatch(w -> w.contains("fleet.manifest.url")));
        assertTrue(c.warnings().stream().anyMatch(w -> w.contains("fleet.poll.seconds")));
        assertFalse(config().fleet().pulls());
        assertFalse(config().fleet().reports());
    }
}
