package org.ecokiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisplayCheckTest {
    @Test
    void linuxWithoutDisplayIsRefusedInOneLineThatSaysWhatToDo() {
        Optional<String> problem = DisplayCheck.problem("Linux", "", Map.of());
        assertTrue(problem.isPresent());
        assertFalse(problem.get().contains("\n"));
        assertTrue(problem.get().contains("xvfb-run"), problem.get());
    }

    @Test
    void blankDisplayCountsAsNone() {
        assertTrue(DisplayCheck.problem("Linux", "", Map.of("DISPLAY", " ")).isPresent());
    }

    @Test
    void aDisplayTheHeadlessToolkitOrAnotherOsNeedsNoCheck() {
        assertEquals(Optional.empty(), DisplayCheck.problem("Linux", "", Map.of("DISPLAY", ":0")));
        assertEquals(Optional.empty(), DisplayCheck.problem("Linux", "Monocle", Map.of()));
        assertEquals(Optional.empty(), DisplayCheck.problem("Windows 11", "", Map.of()));
        assertEquals(Optional.empty(), DisplayCheck.problem("Mac OS X", "", Map.of()));
    }
}
