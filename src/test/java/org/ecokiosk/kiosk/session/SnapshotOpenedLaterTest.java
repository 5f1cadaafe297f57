package org.ecokiosk.kiosk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.ecokiosk.model.SnapshotMeta;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A kiosk starting on its store's snapshot checks it only once its first frame is drawn: the
 * session finds and checks it just before the first read, on its own thread, and every read waits
 * for that check; a snapshot that is not there after all is reported, never read.
 */
class SnapshotOpenedLaterTest {
    private static Path snapshot;

    @BeforeAll
    static void setUp() throws Exception {
        snapshot = SessionTestSnapshot.withToolkit("session-later");
    }

    @Test
    void nothingIsCheckedBeforeTheFirstReadWhichSeesTheCheckedSnapshot() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        SnapshotSession session = SnapshotSession.openedBeforeFirstRead(() -> {
            order.add("check on " + Thread.currentThread().getName());
            return Optional.of(snapshot);
        }, why -> order.add("unavailable: " + why));
        try {
            assertEquals(List.of(), order, "made without finding, checking or opening anything");
            assertTrue(session.meta().isEmpty());
            assertNull(session.fileProperty().get());
            CompletableFuture<SnapshotMeta> read = new CompletableFuture<>();
            CompletableFuture<SnapshotMeta> metaWhenAnswered = new CompletableFuture<>();
            session.load(reader -> {
                order.add("read");
                return reader.meta();
            }, m -> {
                metaWhenAnswered.complete(session.meta().orElse(null));
                read.complete(m);
            }, failure -> read.completeExceptionally(new AssertionError(failure)));
            SnapshotMeta answered = read.get(30, TimeUnit.SECONDS);
            assertEquals(List.of("check on snapshot-reader", "read"), order, "the check first, off the FX thread");
            assertEquals(answered, metaWhenAnswered.get(), "the bar knows the snapshot when the first figures arrive");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(snapshot, session.fileProperty().get());
            session.load(reader -> reader.meta(), m -> order.add("second read"), f -> order.add("failed"));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> order.contains("second read"));
            assertEquals(1, order.stream().filter(s -> s.startsWith("check")).count(), "checked once");
        } finally {
            session.close();
        }
    }

    @Test
    void noSnapshotToShowIsReportedOnTheFxThreadAndNoReadReachesOne() throws Exception {
        CompletableFuture<String> unavailable = new CompletableFuture<>();
        AtomicInteger answers = new AtomicInteger();
        CompletableFuture<String> failure = new CompletableFuture<>();
        SnapshotSession session = SnapshotSession.openedBeforeFirstRead(Optional::empty, why -> {
            if (!Platform.isFxApplicationThread()) {
                unavailable.completeExceptionally(new AssertionError("reported off the FX thread"));
            }
            unavailable.complete(why);
        });
        try {
            session.load(reader -> reader.meta(), m -> answers.incrementAndGet(), failure::complete);
            assertEquals("no snapshot to show", unavailable.get(30, TimeUnit.SECONDS));
            assertTrue(!failure.get(30, TimeUnit.SECONDS).isEmpty(), "the read fails with a reason");
            assertEquals(0, answers.get());
            assertTrue(session.meta().isEmpty());
        } finally {
            session.close();
        }
    }

    @Test
    void aSnapshotThatCannotBeOpenedIsReportedToo() throws Exception {
        Path broken = Files.createTempFile("not-a-snapshot", ".sqlite");
        Files.writeString(broken, "not SQLite at all");
        CompletableFuture<String> unavailable = new CompletableFuture<>();
        SnapshotSession session = SnapshotSession.openedBeforeFirstRead(() -> Optional.of(broken), unavailable::complete);
        try {
            session.load(reader -> reader.meta(), m -> { }, f -> { });
            assertTrue(!unavailable.get(30, TimeUnit.SECONDS).isEmpty());
            assertNull(session.fileProperty().get());
        } finally {
            session.close();
            Files.deleteIfExists(broken);
        }
    }
}
