package org.ecokiosk.fleet;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The one HTTP client of a kiosk or command: the JDK's, with timeouts so an unattended kiosk
 * never waits forever on a dead network, and a watchdog that interrupts a download which stops
 * moving (the client's own timeout only covers the wait for the response headers).
 */
public final class FleetHttp {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);
    static final String USER_AGENT = "eco-kiosk-fleet/1";

    private final HttpClient client;
    private final Duration stall;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fleet-download-watchdog");
        t.setDaemon(true);
        return t;
    });

    public FleetHttp() {
        this(Duration.ofSeconds(30));
    }

    /** {@code stall}: how long a download may receive nothing before it is cut (and resumed later). */
    public FleetHttp(Duration stall) {
        this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.stall = stall;
    }

    HttpClient client() {
        return client;
    }

    Duration stall() {
        return stall;
    }

    ScheduledExecutorService watchdog() {
        return watchdog;
    }

    /** An I/O failure in words a caretaker can act on. */
    static String describe(IOException e, URI uri) {
        String host = uri.getHost() == null ? uri.toString() : uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        if (e instanceof HttpConnectTimeoutException) {
            return "cannot reach " + host + ": no answer within " + CONNECT_TIMEOUT.toSeconds() + " s (network down?)";
        }
        if (e instanceof HttpTimeoutException) {
            return host + " did not answer within " + RESPONSE_TIMEOUT.toSeconds() + " s";
        }
        if (e instanceof ConnectException) {
            return "cannot reach " + host + ": connection refused or network unreachable";
        }
        if (e instanceof UnknownHostException || e.getCause() instanceof UnknownHostException) {
            return "cannot reach " + host + ": the name does not resolve (no network or DNS?)";
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "network error talking to " + host + ": " + detail;
    }
}
