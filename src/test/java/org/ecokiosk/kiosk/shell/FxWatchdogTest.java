package org.ecokiosk.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FxWatchdogTest {
    private final List<Runnable> postedToFx = new ArrayList<>();
    private final List<String> sentToSystemd = new ArrayList<>();
    private final FxWatchdog watchdog = new FxWatchdog(Duration.ofSeconds(15), postedToFx::add, sentToSystemd::add);

    private void fxThreadRunsWhatWasPosted() {
        List<Runnable> due = List.copyOf(postedToFx);
        postedToFx.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void pingsSystemdOnlyWhileTheUiThreadAnswers() {
        watchdog.tick(); // first period: nothing is owed yet
        assertEquals(List.of("WATCHDOG=1"), sentToSystemd);
        fxThreadRunsWhatWasPosted();
        watchdog.tick();
        assertEquals(2, sentToSystemd.size(), "the UI thread ran the probe, so systemd hears from us");

        watchdog.tick(); // the UI thread is hung: the probe posted by the last tick never ran
        watchdog.tick();
        assertEquals(2, sentToSystemd.size(), "a hung UI thread stops the pings, so systemd restarts the kiosk");

        fxThreadRunsWhatWasPosted(); // it recovers
        watchdog.tick();
        assertEquals(3, sentToSystemd.size());
    }

    @Test
    void thePeriodIsHalfOfWhatSystemdAsksFor() {
        assertEquals(Optional.of(Duration.ofSeconds(30)),
                FxWatchdog.pingPeriod(Map.of("NOTIFY_SOCKET", "/run/systemd/notify", "WATCHDOG_USEC", "60000000")));
    }

    @Test
    void nothingRunsOutsideSystemdOrWithoutAWatchdog() {
        assertEquals(Optional.empty(), FxWatchdog.pingPeriod(Map.of()));
        assertEquals(Optional.empty(), FxWatchdog.pingPeriod(Map.of("WATCHDOG_USEC", "60000000")));
        assertEquals(Optional.empty(), FxWatchdog.pingPeriod(Map.of("NOTIFY_SOCKET", "/run/systemd/notify")));
        assertEquals(Optional.empty(), FxWatchdog.pingPeriod(Map.of("NOTIFY_SOCKET", "x", "WATCHDOG_USEC", "soon")));
    }
}
