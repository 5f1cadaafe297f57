package org.ecokiosk.kiosk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kiosk's last moments: an idle timer or the attract loop may ask the session for a read
 * after it closed, or while it closes. That used to throw RejectedExecutionException on the FX
 * thread; a closed session now drops such work, whichever thread asks and whenever.
 */
class SnapshotSessionShutdownTest {
    private static Path snapshot;

    @BeforeAll
    static void setUp() throws Exception {
        snapshot = SessionTestSnapshot.withToolkit("session-shutdown");
    }

    @Test
    void aReadAskedForAfterCloseIsDroppedAndNoCallbackRuns() throws Exception {
        SnapshotSession session = SnapshotSession.open(snapshot);
        session.close();
        session.close(); // twice is harmless
        AtomicInteger callbacks = new AtomicInteger();
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                session.load(reader -> reader.meta(), m -> callbacks.incrementAndGet(), f -> callbacks.incrementAndGet());
                session.switchTo(snapshot, callbacks::incrementAndGet, f -> callbacks.incrementAndGet());
            } catch (RuntimeException e) {
                thrown.add(e);
            }
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(session.isClosed());
        assertEquals(List.of(), thrown);
        assertEquals(0, callbacks.get(), "nothing runs for a closed session");
    }

    @Test
    void readsRacingTheCloseNeverThrowAndEveryAcceptedReadAnswers() throws Exception {
        SnapshotSession session = SnapshotSession.open(snapshot);
        int threads = 4;
        int readsEach = 300;
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        for (int t = 0; t < threads; t++) {
            Thread reader = new Thread(() -> {
                try {
                    go.await();
                    for (int i = 0; i < readsEach; i++) {
                        session.load(r -> r.meta(), m -> answered.incrementAndGet(), f -> failed.incrementAndGet());
                    }
                } catch (Throwable e) {
                    thrown.add(e);
                } finally {
                    done.countDown();
                }
            }, "racing-reader-" + t);
            reader.start();
        }
        go.countDown();
        session.close(); // while the readers are submitting
        assertTrue(done.await(30, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), thrown, "no read is ever rejected with an exception");
        assertEquals(0, failed.get(), "a read accepted before the close still finds the reader open");
        assertTrue(answered.get() <= threads * readsEach);
    }
}
