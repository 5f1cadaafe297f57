package org.ecokiosk.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Fetches a snapshot into a part file, resuming from what an earlier, interrupted try left
 * (HTTP Range). Never writes more than the manifest's size: a server sending more is refused.
 * What arrived stays for the next try; the caller checks the whole file before it is used.
 */
final class Download {
    private final FleetHttp http;

    Download(FleetHttp http) {
        this.http = http;
    }

    void fetch(URI url, Path part, long expected) throws FleetException, IOException, InterruptedException {
        Files.createDirectories(part.toAbsolutePath().getParent());
        long have = Files.isRegularFile(part) ? Files.size(part) : 0;
        if (have > expected) {
            Files.delete(part);
            have = 0;
        }
        if (have == expected) {
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(FleetHttp.RESPONSE_TIMEOUT)
                .header("User-Agent", FleetHttp.USER_AGENT).GET();
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> response;
        try {
            response = http.client().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new FleetException("snapshot download failed: " + FleetHttp.describe(e, url));
        }
        boolean append;
        switch (response.statusCode()) {
            case 206 -> {
                String range = response.headers().firstValue("Content-Range").orElse("");
                if (!range.startsWith("bytes " + have + "-")) {
                    response.body().close();
                    Files.delete(part);
                    throw new FleetException("the server resumed the snapshot at the wrong place (" + range
                            + "); starting again on the next try");
                }
                append = true;
            }
            case 200 -> append = false;
            case 416 -> {
                response.body().close();
                Files.deleteIfExists(part);
                throw new FleetException("the server would not resume the snapshot download; starting again on the"
                        + " next try");
            }
            default -> {
                response.body().close();
                throw new FleetException("the server answered HTTP " + response.statusCode() + " for the snapshot "
                        + url);
            }
        }
        long start = append ? have : 0;
        copy(response.body(), part, append, expected - start, url, start, expected);
    }

    private void copy(InputStream body, Path part, boolean append, long allowed, URI url, long start, long expected)
            throws FleetException, IOException {
        Watch watch = new Watch(Thread.currentThread());
        long stallMillis = http.stall().toMillis();
        ScheduledFuture<?> dog = http.watchdog().scheduleAtFixedRate(() -> watch.check(stallMillis),
                Math.max(50, stallMillis / 4), Math.max(50, stallMillis / 4), TimeUnit.MILLISECONDS);
        long written = 0;
        try (InputStream in = body;
             OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (written + n > allowed) {
                    out.close();
                    Files.deleteIfExists(part);
                    throw new FleetException("the server sent more than the " + expected
                            + " bytes the manifest names; the download was discarded");
                }
                out.write(buffer, 0, n);
                written += n;
                watch.progress();
            }
        } catch (IOException e) {
            boolean stalled = watch.finish();
            long got = start + written;
            throw new FleetException("snapshot download cut off at " + got + " of " + expected + " bytes ("
                    + (stalled ? "nothing arrived for " + http.stall().toSeconds() + " s"
                    : FleetHttp.describe(e, url)) + "); it resumes from there on the next try");
        } finally {
            dog.cancel(false);
            watch.finish();
        }
        if (start + written < expected) {
            throw new FleetException("snapshot download cut off at " + (start + written) + " of " + expected
                    + " bytes; it resumes from there on the next try");
        }
    }

    /** Interrupts the downloading thread when nothing arrives for too long; never after the copy ended. */
    private static final class Watch {
        private final Thread reader;
        private long lastProgress = System.nanoTime();
        private boolean active = true;
        private boolean stalled;

        Watch(Thread reader) {
            this.reader = reader;
        }

        synchronized void progress() {
            lastProgress = System.nanoTime();
        }

        synchronized void check(long stallMillis) {
            if (active && !stalled && System.nanoTime() - lastProgress > TimeUnit.MILLISECONDS.toNanos(stallMillis)) {
                stalled = true;
                reader.interrupt();
            }
        }

        /** Ends the watch; clears an interrupt it caused so the thread goes on normally. */
        synchronized boolean finish() {
            active = false;
            if (stalled) {
                Thread.interrupted();
            }
            return stalled;
        }
    }
}
