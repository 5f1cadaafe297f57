package org.ecokiosk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Properties;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.Test;

class KioskZoneTest {
    private static KioskConfig with(String key, String value) {
        Properties p = new Properties();
        if (key != null) {
            p.setProperty(key, value);
        }
        return KioskConfig.fromProperties(Path.of("kiosk.properties"), p);
    }

    @Test
    void chongqingTimeWhenNotSet() {
        KioskConfig config = with(null, null);
        assertEquals(ZoneId.of("Asia/Shanghai"), config.zone());
        assertTrue(config.warnings().stream().noneMatch(w -> w.contains("kiosk.zone")));
    }

    @Test
    void zoneIsConfigurable() {
        assertEquals(ZoneId.of("Asia/Urumqi"), with("kiosk.zone", " Asia/Urumqi ").zone());
    }

    @Test
    void unknownZoneFallsBackWithAWarningNamingTheKey() {
        KioskConfig config = with("kiosk.zone", "Mars/Olympus");
        assertEquals(ZoneId.of("Asia/Shanghai"), config.zone());
        assertTrue(config.warnings().stream().anyMatch(w -> w.contains("kiosk.zone") && w.contains("Mars/Olympus")),
                config.warnings().toString());
    }

    @Test
    void theTestConfigurationSaysAsiaShanghai() throws Exception {
        KioskConfig config = KioskConfig.load(Fixtures.kioskConfigTemplate());
        assertEquals(ZoneId.of("Asia/Shanghai"), config.zone());
        assertTrue(config.warnings().isEmpty(), config.warnings().toString());
    }
}
