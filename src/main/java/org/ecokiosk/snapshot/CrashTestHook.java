package org.ecokiosk.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Lets the crash-safety test stop a publishing process at a named step and kill it there.
 * Inert unless the system property {@code eco-kiosk.crash-test.pause-at} names a step: the
 * process then writes the step's name to {@code eco-kiosk.crash-test.marker} and waits to be
 * killed. {@code eco-kiosk.crash-test.step-delay-ms} slows every step, so that kills at random
 * moments spread over the whole publish; {@code eco-kiosk.crash-test.trace} names a file each
 * step is appended to once done, so the test knows where a random kill landed.
 */
final class CrashTestHook {
    private static final String PAUSE_AT = System.getProperty("eco-kiosk.crash-test.pause-at", "");
    private static final long STEP_DELAY_MS = Long.getLong("eco-kiosk.crash-test.step-delay-ms", 0L);
    private static final String TRACE = System.getProperty("eco-kiosk.crash-test.trace", "");

    private CrashTestHook() {
    }

    static void reached(String step) {
        try {
            if (!TRACE.isEmpty()) {
                Files.writeString(Path.of(TRACE), step + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            if (STEP_DELAY_MS > 0) {
                Thread.sleep(STEP_DELAY_MS);
            }
            if (step.equals(PAUSE_AT)) {
                Files.writeString(Path.of(System.getProperty("eco-kiosk.crash-test.marker")), step);
                Thread.sleep(Long.MAX_VALUE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
