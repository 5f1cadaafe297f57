package org.ecokiosk.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code eco-kiosk} in another JVM on this test's class path: a second office PC holding the
 * store, or a process to kill -9. The crash-test hook ({@code eco-kiosk.crash-test.*}) makes it
 * stand still at a named step; see {@link #heldAt}.
 */
final class SecondJvm {
    private SecondJvm() {
    }

    /** Starts {@code eco-kiosk ARGS} with the JVM options; its output goes to {@code log}. */
    static Process start(Path log, List<String> jvmOptions, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path")));
        cmd.addAll(jvmOptions);
        cmd.add("org.ecokiosk.cli.Launcher");
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * Starts {@code eco-kiosk ARGS} and returns once it stands still at {@code step}, holding what
     * it locked until {@link Held#close()} kills it; fails the test (with the child's output) when
     * the child never gets there.
     */
    static Held heldAt(Path dir, String step, List<String> args) throws Exception {
        Path marker = dir.resolve("marker-" + System.nanoTime());
        Path log = dir.resolve("child.log");
        Process p = start(log, List.of("-Deco-kiosk.crash-test.pause-at=" + step,
                "-Deco-kiosk.crash-test.marker=" + marker), args);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(marker)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroyForcibly();
                fail("the other process never reached " + step + ":\n" + Files.readString(log));
            }
            Thread.sleep(10);
        }
        return new Held(p);
    }

    /** A child standing still at a step; closing it is kill -9 (the OS frees its locks). */
    record Held(Process process) implements AutoCloseable {
        long pid() {
            return process.pid();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
