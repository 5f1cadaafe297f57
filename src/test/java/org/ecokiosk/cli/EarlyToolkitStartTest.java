package org.ecokiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's toolkit starts before its command line is read (Launcher, KioskApp.startEarly),
 * only when the command will show a window on a display that is there; a command that then
 * shows none still ends, with its own exit code and message.
 */
class EarlyToolkitStartTest {
    private static final Map<String, String> DISPLAY = Map.of("DISPLAY", ":0");

    @Test
    void theKioskOnADisplayStartsItsToolkitEarly() {
        assertTrue(Launcher.startsKioskWindow(new String[0], "Linux", "", DISPLAY));
        assertTrue(Launcher.startsKioskWindow(new String[] {"kiosk", "--windowed"}, "Linux", "", DISPLAY));
        assertTrue(Launcher.startsKioskWindow(new String[] {"kiosk"}, "Linux", "Monocle", Map.of()));
    }

    @Test
    void otherCommandsHelpNoDisplayOrAnotherOsDoNot() {
        assertFalse(Launcher.startsKioskWindow(new String[] {"report", "--year", "2025"}, "Linux", "", DISPLAY));
        assertFalse(Launcher.startsKioskWindow(new String[] {"bench", "bare-window-probe"}, "Linux", "", DISPLAY));
        assertFalse(Launcher.startsKioskWindow(new String[] {"kiosk", "--help"}, "Linux", "", DISPLAY));
        assertFalse(Launcher.startsKioskWindow(new String[] {"-V"}, "Linux", "", DISPLAY));
        assertFalse(Launcher.startsKioskWindow(new String[] {"kiosk"}, "Linux", "", Map.of()));
        assertFalse(Launcher.startsKioskWindow(new String[] {"kiosk"}, "Mac OS X", "", DISPLAY));
    }

    @Test
    void aKioskCommandThatShowsNoWindowEndsWithItsUsageError(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("kiosk.log");
        // the headless toolkit starts early here, as a display's would; the bad option then ends it
        Process kiosk = SecondJvm.start(log, List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Decokiosk.cache.dir=" + dir.resolve("cache")), List.of("kiosk", "--no-such-option"));
        boolean ended = kiosk.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            kiosk.destroyForcibly();
        }
        String said = Files.readString(log);
        assertTrue(ended, "the kiosk command kept running after its usage error:\n" + said);
        assertEquals(ExitCodes.USAGE, kiosk.exitValue(), said);
        assertTrue(said.contains("Unknown option: '--no-such-option'"), said);
        // JavaFX's start-up says this (harmlessly) for a class-path launch: the toolkit had started
        assertTrue(said.contains("Unsupported JavaFX configuration"), "the toolkit did not start early:\n" + said);
        assertFalse(said.contains("\tat "), "a stack trace:\n" + said);
    }
}
