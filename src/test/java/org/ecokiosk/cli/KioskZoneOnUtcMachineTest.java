package org.ecokiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.testing.Fixtures;
import org.ecokiosk.testing.UtcMachine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk configured to a zone that is neither the machine's (UTC here) nor the configuration's
 * default: its windows tell time in {@code kiosk.zone} because the zone is passed down, and the
 * JVM's default zone stays the machine's (nothing gets the right answer by accident).
 */
@ExtendWith(UtcMachine.class)
class KioskZoneOnUtcMachineTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    @TempDir
    Path dir;
    private Path config() {
        return Fixtures.kioskConfig(dir, Map.of("kiosk.zone", TOKYO.getId()));
    }

    @Test
    void openingAWindowLeavesTheMachinesZoneAlone() throws Exception {
        KioskConfig cfg = WindowConfig.load(config());
        assertEquals(TOKYO, cfg.zone());
        assertEquals("UTC", TimeZone.getDefault().getID(), "the JVM's default zone is not the kiosk's business");
        assertEquals(ZoneId.of("UTC"), ZoneId.systemDefault());
    }

    @Test
    void theKiosksClockTellsTimeInItsZone() throws Exception {
        KioskConfig cfg = WindowConfig.load(config());
        assertEquals(TOKYO, KioskCommand.clock(cfg, Optional.empty()).getZone());
        assertEquals(TOKYO, cfg.clock().getZone());
        // "now" is the machine's instant, only told in Tokyo time
        long skew = Math.abs(cfg.clock().millis() - System.currentTimeMillis());
        assertEquals(0, skew / 60_000, "the same instant");
    }

    @Test
    void aPreviewDayIsThatDayInTheKiosksZone() throws Exception {
        KioskConfig cfg = WindowConfig.load(config());
        LocalDate day = LocalDate.of(2026, 12, 5);
        java.time.Clock preview = KioskCommand.clock(cfg, Optional.of(day));
        assertEquals(TOKYO, preview.getZone());
        assertEquals(day, LocalDate.now(preview), "that day in Tokyo, whatever the day is in UTC");
    }
}
