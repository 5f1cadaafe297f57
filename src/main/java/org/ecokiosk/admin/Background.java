package org.ecokiosk.admin;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Admin mode's one worker thread. Imports, publishes, report builds and PIN checks never run
 * on the FX thread; one thread (not a pool) also means two taps cannot race a publish against
 * an import on the same candidate.
 */
final class Background {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "admin-work");
        t.setDaemon(true);
        return t;
    });

    /** Runs {@code work} off the FX thread; exactly one callback runs afterwards on the FX thread. */
    <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Exception> onFailed) {
        CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, worker).whenComplete((result, error) -> Platform.runLater(() -> {
            if (error == null) {
                onDone.accept(result);
            } else {
                onFailed.accept(unwrap(error));
            }
        }));
    }

    /** For work that reports progress (report builds). */
    void run(Task<?> task) {
        worker.execute(task);
    }

    private static Exception unwrap(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof Exception e ? e : new RuntimeException(cause);
    }
}
